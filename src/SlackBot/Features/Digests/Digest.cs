using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;

namespace SlackBot.Features.Digests;

/// <summary>
/// A composed digest, ready for a renderer: what was learned in <see cref="Period"/> by the incidents the filter lets
/// its readers see. Quotes are plain text with names filled in (or left out when anonymised); renderers escape them.
/// </summary>
public sealed record Digest
{
    public required DigestPeriod Period { get; init; }
    /// <summary>The ISO week the period starts in, e.g. <c>2026-W48</c>.</summary>
    public required string Week { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public string? Team { get; init; }
    public IReadOnlyList<DigestIncident> Incidents { get; init; } = [];
    public int FindingCount { get; init; }
    public IReadOnlyList<ThemeCount> Themes { get; init; } = [];
    public IReadOnlyList<DigestHighlight> Highlights { get; init; } = [];
    public IReadOnlyList<DigestQuestion> OpenQuestions { get; init; } = [];
    public IReadOnlyList<DigestIdeaLine> Ideas { get; init; } = [];
    public IReadOnlyList<PulseWeek> Pulse { get; init; } = [];
    /// <summary>The week's top themes over the last <see cref="DigestComposer.ChartWeeks"/> weeks, oldest first (the chart).</summary>
    public IReadOnlyList<ThemeWeek> History { get; init; } = [];
    public bool Anonymized { get; init; }

    /// <summary>Nothing happened that a reader could learn from: the digest is one friendly line.</summary>
    public bool IsEmpty => Incidents.Count == 0 && FindingCount == 0 && OpenQuestions.Count == 0 && Ideas.Count == 0;
}

/// <summary>An incident of the period (or one whose learning came in during it).</summary>
public sealed record DigestIncident(string Id, string ChannelId, string ChannelName, string? Title, IncidentStatus Status, DateTimeOffset StartedAt, int Findings)
{
    public string DisplayName => Title is { Length: > 0 } title ? $"#{ChannelName} — {title}" : "#" + ChannelName;
}

/// <summary>
/// A theme's findings in the period against the four weeks before it: <see cref="PreviousWeeklyAverage"/> is their
/// count divided by four.
/// </summary>
public sealed record ThemeCount(string Theme, int Count, double PreviousWeeklyAverage)
{
    public ThemeTrend Trend => PreviousWeeklyAverage == 0 ? ThemeTrend.New
        : Count > PreviousWeeklyAverage ? ThemeTrend.Up
        : Count < PreviousWeeklyAverage ? ThemeTrend.Down
        : ThemeTrend.Same;
}

/// <summary>One week of the chart: findings per theme.</summary>
public sealed record ThemeWeek(string Week, IReadOnlyDictionary<string, int> Counts);

public enum ThemeTrend
{
    New,
    Up,
    Same,
    Down,
}

/// <summary>A person's own words worth passing on, with who said them (null when anonymised) and where.</summary>
public sealed record DigestHighlight(MomentCategory Category, string Quote, string? Author, string? Permalink, string? IncidentName, DateTimeOffset At);

/// <summary>A question still waiting for an answer: to whom (null when anonymised) and about which incident.</summary>
public sealed record DigestQuestion(string Text, string? AskedOf, string IncidentName, DateTimeOffset AskedAt);

/// <summary>A parked fix idea, as the digest shows it.</summary>
public sealed record DigestIdeaLine(string Text, string? Author, string? IncidentName, string? Permalink);
