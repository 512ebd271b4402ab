namespace SlackBot.Features.Review;

public enum ReviewJobKind
{
    /// <summary>The incident as a Markdown file, shared in the person's DM with the bot.</summary>
    Export,
    /// <summary>The calibration pack as a message to the person.</summary>
    Prep,
}

public enum ReviewJobStatus
{
    Pending,
    Done,
    /// <summary>Given up (a permanent Slack error, or too many attempts); the person was told.</summary>
    Failed,
}

/// <summary>
/// A piece of slow work someone asked for with <c>/learn export</c> or <c>/learn prep</c>: stored before the command
/// is answered, done by <see cref="ReviewJobWorker"/>. <see cref="Id"/> comes from the command's envelope, so a command
/// replayed after a crash finds its job instead of making a second one.
/// </summary>
public sealed record ReviewJob
{
    public string Id { get; init; } = "";
    public ReviewJobKind Kind { get; init; }
    public string IncidentId { get; init; } = "";
    /// <summary>Who asked; the file and any fallback message go to their DM.</summary>
    public string UserId { get; init; } = "";
    /// <summary>Where the command was typed.</summary>
    public string ChannelId { get; init; } = "";
    /// <summary>The command's response_url: a credential of sorts, kept here and in the outbox only, never logged.</summary>
    public string? ResponseUrl { get; init; }
    /// <summary>When Slack delivered the command, which is when its response_url's 30 minutes began.</summary>
    public DateTimeOffset RequestedAt { get; init; }
    /// <summary>Stored under its earlier name, IncludePrivateChannelFindings (see DocumentMapper), so queued jobs keep their answer.</summary>
    public bool IncludeRestrictedFindings { get; init; } = true;
    public ReviewJobStatus Status { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>The Slack file the export became.</summary>
    public string? FileId { get; init; }

    public static string IdFor(string envelopeId) => "review:" + envelopeId;

    public const string CorrelationPrefix = "review:";
}
