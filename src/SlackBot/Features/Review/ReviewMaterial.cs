using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Review;

/// <summary>
/// Everything known about one incident that an export or a review pack is made from, as plain records. The composers
/// read only this, so they stay pure and do not care where it was stored.
/// </summary>
/// <remarks>
/// <see cref="Findings"/> must already leave out findings their authors withdrew: a withdrawn finding never reaches a
/// composer. Restricted findings (from a private channel, or narrowed by their author to the incident channel) are
/// in the list; the composers leave them out when asked.
/// </remarks>
public sealed record ReviewMaterial
{
    public required Incident Incident { get; init; }

    public IReadOnlyList<Moment> Moments { get; init; } = [];

    public IReadOnlyList<AskedQuestion> Questions { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>People's messages in the channel (kept for the retention period only, so possibly fewer than were written).</summary>
    public IReadOnlyList<IncidentMessage> Messages { get; init; } = [];

    public IReadOnlyList<IdeaNote> Ideas { get; init; } = [];

    /// <summary>Links to Slack messages, keyed by <see cref="LinkKey"/> (channel and ts).</summary>
    public IReadOnlyDictionary<string, string> Permalinks { get; init; } = new Dictionary<string, string>();

    public static string LinkKey(string channelId, string ts) => $"{channelId}:{ts}";

    public string? PermalinkFor(string? channelId, string? ts) =>
        channelId is null || ts is null ? null : Permalinks.GetValueOrDefault(LinkKey(channelId, ts));

    /// <summary>
    /// The same material without restricted findings, for readers who may not see them. <see cref="FindingSearchRules"/>
    /// decides, so exports, packs and search agree on who sees what.
    /// </summary>
    public ReviewMaterial WithoutRestrictedFindings() =>
        this with { Findings = Findings.Where(finding => !FindingSearchRules.IsRestricted(finding)).ToList() };
}
