namespace SlackBot.LoadTest;

/// <summary>What a request carries, for the per-kind figures.</summary>
public enum RequestKind
{
    /// <summary>An incident-channel message that is a learning moment.</summary>
    Moment,

    /// <summary>An ordinary message, in the incident channel or the team channel.</summary>
    Message,

    /// <summary><c>reaction_added</c> on an earlier message.</summary>
    Reaction,

    /// <summary>A <c>/learn</c> slash command.</summary>
    Command,

    /// <summary>Slack's redelivery of an earlier event (same event_id, retry number 1): must be acknowledged and deduplicated.</summary>
    Retry,
}

/// <summary>Names for the report and the JSON.</summary>
public static class RequestKinds
{
    public static readonly IReadOnlyList<RequestKind> All = Enum.GetValues<RequestKind>();

    public static string Name(RequestKind kind) => kind.ToString().ToLowerInvariant();

    public static bool IsEvent(RequestKind kind) => kind != RequestKind.Command;
}
