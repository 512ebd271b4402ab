using Microsoft.Extensions.Options;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>
/// Who may run the sub-commands that change state (<see cref="LearnAccess.Facilitators"/>): the people and the
/// members of the user groups listed in <c>Learn:Facilitators</c>, or everyone when nothing is listed.
/// </summary>
public sealed class Facilitators(IOptions<LearnOptions> options, UserGroupMembers groups)
{
    private IReadOnlyList<FacilitatorEntry> Entries =>
        options.Value.Facilitators.Select(FacilitatorEntry.Parse).OfType<FacilitatorEntry>().ToList();

    public bool AreConfigured => options.Value.Facilitators.Length > 0;

    public async Task<bool> IncludesAsync(string userId, CancellationToken cancellationToken)
    {
        if (!AreConfigured) return true;
        var entries = Entries;
        if (entries.OfType<FacilitatorEntry.Person>().Any(person => person.UserId == userId)) return true;
        foreach (var entry in entries)
        {
            var included = entry switch
            {
                FacilitatorEntry.Group group => await groups.IncludesAsync(group.GroupId, group.Handle, userId, cancellationToken),
                FacilitatorEntry.GroupHandle handle => await groups.IncludesAsync(null, handle.Handle, userId, cancellationToken),
                _ => false,
            };
            if (included) return true;
        }

        return false;
    }

    /// <summary>
    /// The facilitators as a refusal names them: people as mentions, groups by handle in plain text (an ephemeral
    /// refusal should not look like it pings a whole group).
    /// </summary>
    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var entry in Entries)
        {
            names.Add(entry switch
            {
                FacilitatorEntry.Person person => Mrkdwn.Mention(person.UserId),
                FacilitatorEntry.Group group => (group.Handle ?? await groups.HandleForAsync(group.GroupId, cancellationToken)) is { } handle
                    ? $"the @{Mrkdwn.Escape(handle)} group"
                    : $"the user group {Mrkdwn.Escape(group.GroupId)}",
                FacilitatorEntry.GroupHandle handle => $"the @{Mrkdwn.Escape(handle.Handle)} group",
                _ => "",
            });
        }

        return string.Join(", ", names);
    }
}
