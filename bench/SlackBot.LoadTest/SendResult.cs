namespace SlackBot.LoadTest;

/// <summary>How a request ended.</summary>
public enum SendOutcome
{
    /// <summary>Answered 2xx (HTTP) or acked (Socket Mode).</summary>
    Acknowledged,

    /// <summary>Answered, but not 2xx.</summary>
    Rejected,

    /// <summary>No answer within the request timeout.</summary>
    TimedOut,

    /// <summary>The connection failed.</summary>
    Failed,
}

/// <summary>The end of one request: <see cref="CompletedAt"/> is a <see cref="System.Diagnostics.Stopwatch"/>
/// timestamp; <see cref="InboxId"/> is the id the bot's inbox keeps it under, when known at once.</summary>
public readonly record struct SendResult(SendOutcome Outcome, long CompletedAt, string? InboxId)
{
    /// <summary>The HTTP status of a <see cref="SendOutcome.Rejected"/> answer.</summary>
    public int? StatusCode { get; init; }
}
