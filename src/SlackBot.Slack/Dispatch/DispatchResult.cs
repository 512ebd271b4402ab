using System.Text.Json.Nodes;

namespace SlackBot.Slack.Dispatch;

public enum DispatchOutcome
{
    /// <summary>Stored in the inbox; acknowledge (with <see cref="DispatchResult.AckPayload"/> if there is one).</summary>
    Accepted,
    /// <summary>Seen before (a retry); acknowledge so Slack stops retrying, do nothing else.</summary>
    Duplicate,
    /// <summary>The bot's own echo; acknowledge, do nothing else.</summary>
    OwnEcho,
}

/// <summary>What a receiver tells Slack. Every outcome is acknowledged: the inbox already holds what matters.</summary>
public sealed record DispatchResult(DispatchOutcome Outcome, JsonObject? AckPayload = null)
{
    public static DispatchResult Duplicate { get; } = new(DispatchOutcome.Duplicate);
    public static DispatchResult OwnEcho { get; } = new(DispatchOutcome.OwnEcho);
}
