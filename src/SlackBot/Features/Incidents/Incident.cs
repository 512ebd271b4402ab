namespace SlackBot.Features.Incidents;

public enum IncidentStatus
{
    /// <summary>The response is under way: the bot listens and stays quiet.</summary>
    Active,
    /// <summary>The response is over: questions may be planned after the cool-down.</summary>
    Resolved,
    /// <summary>A facilitator has run the review; kept for the organisation's memory.</summary>
    Reviewed,
}

/// <summary>What ended an incident.</summary>
public enum ResolutionSource
{
    Command,
    Message,
    StatusBot,
    ChannelArchived,
    QuietPeriod,
    /// <summary>Read from a Slack export: over by the end of the export, if no message said so.</summary>
    EndOfExport,
}

/// <summary>How the channel became an incident channel.</summary>
public enum IncidentOrigin
{
    ChannelName,
    StartCommand,
    /// <summary>Backfilled from a Slack export: history, never asked about.</summary>
    Import,
}

/// <summary>An incident: one response, in one channel. <see cref="Id"/> is <c>{channel}:{start}</c>.</summary>
public sealed record Incident
{
    public string Id { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string ChannelName { get; init; } = "";
    public string? Title { get; init; }
    public bool IsPrivate { get; init; }
    public IncidentOrigin Origin { get; init; }
    public IncidentStatus Status { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public string? StartedBy { get; init; }
    public DateTimeOffset? LastHumanMessageAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public ResolutionSource? ResolvedVia { get; init; }
    public string? ResolvedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    /// <summary>When the questions about this incident were planned; planning happens once.</summary>
    public DateTimeOffset? QuestionsPlannedAt { get; init; }
    public IReadOnlyList<string> Teams { get; init; } = [];

    /// <summary>
    /// The resolution time of a live incident that is resolved and whose questions are not planned yet; null otherwise
    /// (active, reviewed, imported history, or planned). Stored and indexed, so that the planning job reads only these.
    /// </summary>
    public DateTimeOffset? AwaitingQuestionsSince =>
        Status == IncidentStatus.Resolved && Origin != IncidentOrigin.Import && QuestionsPlannedAt is null ? ResolvedAt : null;

    public string DisplayName => Title is { Length: > 0 } title ? $"#{ChannelName} — {title}" : "#" + ChannelName;

    public static string IdFor(string channelId, DateTimeOffset startedAt) => $"{channelId}:{startedAt.ToUnixTimeSeconds()}";
}
