namespace SlackBot.Features.Findings.Search;

/// <summary>
/// One finding that matched. <see cref="Excerpt"/> is Slack mrkdwn ready to post: the finding's words escaped, the
/// matching ones in <c>*bold*</c>. Higher <see cref="Score"/> is a better match; scores compare only within one search.
/// </summary>
public sealed record SearchHit(
    string FindingId,
    string? IncidentId,
    string? IncidentName,
    string AuthorId,
    DateTimeOffset CreatedAt,
    string Excerpt,
    string? Permalink,
    FindingSource Source,
    double Score);
