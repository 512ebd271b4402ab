using SlackBot.Features.Questions;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Workspace;

/// <summary>A person as the bot knows them: a name to show and the time zone their questions are timed by.</summary>
public sealed record PersonInfo
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Tz { get; init; }
    public int? TzOffset { get; init; }
    public bool IsBot { get; init; }
    public DateTimeOffset RefreshedAt { get; init; }

    public UserClock Clock => new(Tz, TzOffset);
}

/// <summary>users.info, cached in the store (<see cref="IUserCache"/>) for a day; time zones change rarely.</summary>
public sealed class UserDirectory(IUserCache cache, ISlackApi slack, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    public async Task<PersonInfo> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var cached = await cache.FindAsync(userId, cancellationToken);
        if (cached is not null && time.GetUtcNow() - cached.RefreshedAt < MaxAge) return cached;

        try
        {
            var user = await slack.GetUserInfoAsync(userId, cancellationToken);
            var person = new PersonInfo
            {
                Id = user.Id,
                Name = user.DisplayName,
                Tz = user.Tz,
                TzOffset = user.TzOffset,
                IsBot = user.IsBot,
                RefreshedAt = time.GetUtcNow(),
            };
            await cache.SaveAsync(person, cancellationToken);
            return person;
        }
        catch (SlackApiException) when (cached is not null)
        {
            return cached;
        }
        catch (SlackApiException exception) when (exception.Error is "user_not_found" or "user_not_visible")
        {
            return new PersonInfo { Id = userId, Name = userId };
        }
    }

    /// <summary>The cached display name, or the id (no Slack call).</summary>
    public async Task<string> NameOfAsync(string userId, CancellationToken cancellationToken) =>
        (await cache.FindAsync(userId, cancellationToken))?.Name ?? userId;
}
