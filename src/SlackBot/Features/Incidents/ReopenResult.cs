namespace SlackBot.Features.Incidents;

/// <summary>What <c>/learn reopen</c> found in the channel.</summary>
public enum ReopenOutcome
{
    Reopened,
    AlreadyActive,
    NoIncident,
    /// <summary>The latest incident was read from a Slack export: history, not reopened.</summary>
    Imported,
}

/// <summary>The outcome of a reopen and the incident it is about (null when the channel has none).</summary>
public sealed record ReopenResult(ReopenOutcome Outcome, Incident? Incident);
