using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Digests;

/// <summary>
/// What a digest is made from, read from the stores by an <see cref="IDigestMaterialSource"/>: the findings of the
/// period, theme tallies of the weeks before it (for the trend and the chart; findings given for those weeks count the
/// same way), the incidents they and the period's own incidents belong to,
/// the questions of those incidents still waiting for an answer, parked fix ideas, the pulse of earlier digests, and
/// people's names. Nothing is filtered yet: <see cref="DigestComposer"/> decides what the digest's readers may see.
/// </summary>
public sealed record DigestMaterial
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<FindingThemeTally> EarlierThemes { get; init; } = [];
    public IReadOnlyList<Incident> Incidents { get; init; } = [];
    public IReadOnlyList<AskedQuestion> OpenQuestions { get; init; } = [];
    public IReadOnlyList<DigestIdea> Ideas { get; init; } = [];
    /// <summary>Earlier digests' pulse, oldest first.</summary>
    public IReadOnlyList<PulseWeek> Pulse { get; init; } = [];
    public Func<string, string> NameOf { get; init; } = id => id;
}

/// <summary>A fix idea parked during an incident ("add an alert on replica lag"), kept apart from findings.</summary>
public sealed record DigestIdea(string Text, string AuthorId, string? IncidentId, DateTimeOffset At, string? Permalink = null);

/// <summary>One earlier digest's pulse: how many said "I learned something" and how many "Not this week".</summary>
public sealed record PulseWeek(string Week, int Learned, int NotThisWeek)
{
    public int Votes => Learned + NotThisWeek;
}

/// <summary>
/// Who the digest is for: one team's incidents (null: all), the channel it is posted to (findings restricted to a
/// channel appear only in a digest posted to that same channel; null: posted nowhere, so none do), and whether names
/// are left out.
/// </summary>
public sealed record DigestFilter(string? Team, string? PostedTo, bool Anonymize = false);
