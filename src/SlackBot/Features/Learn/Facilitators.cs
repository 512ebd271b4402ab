using Microsoft.Extensions.Options;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>
/// Who may run the sub-commands that change state (<see cref="LearnAccess.Facilitators"/>): the people listed in
/// <c>Learn:Facilitators</c>, or everyone when nobody is listed.
/// </summary>
public sealed class Facilitators(IOptions<LearnOptions> options)
{
    public bool AreConfigured => options.Value.Facilitators.Length > 0;

    public Task<bool> IncludesAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(!AreConfigured || options.Value.Facilitators.Contains(userId, StringComparer.Ordinal));

    /// <summary>The facilitators as Slack shows them (mentions), for a refusal that says whom to ask.</summary>
    public string Describe() => string.Join(", ", options.Value.Facilitators.Select(Mrkdwn.Mention));
}
