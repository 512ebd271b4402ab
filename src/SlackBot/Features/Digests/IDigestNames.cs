using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Digests;

/// <summary>People's names for a digest: the bot asks Slack (cached); the command line reads only what is cached.</summary>
public interface IDigestNames
{
    Task<Func<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken);
}

/// <summary>Names from the user directory, which asks Slack for people it has not seen lately.</summary>
public sealed class DirectoryDigestNames(UserDirectory people) : IDigestNames
{
    public async Task<Func<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in userIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            try
            {
                names[id] = (await people.GetAsync(id, cancellationToken)).Name;
            }
            catch (SlackApiException)
            {
                // Someone Slack will not describe is shown by id.
            }
        }

        return id => names.TryGetValue(id, out var name) && name.Length > 0 ? name : id;
    }
}

/// <summary>Names the bot has cached (no Slack call): the command line's digest, which needs no Slack settings.</summary>
public sealed class CachedDigestNames(IUserCache cache) : IDigestNames
{
    public async Task<Func<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in userIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (await cache.FindAsync(id, cancellationToken) is { Name.Length: > 0 } person) names[id] = person.Name;
        }

        return id => names.TryGetValue(id, out var name) ? name : id;
    }
}
