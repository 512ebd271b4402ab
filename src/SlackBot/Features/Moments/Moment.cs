namespace SlackBot.Features.Moments;

public enum MomentSource
{
    /// <summary>The detector recognised it in the words.</summary>
    Detected,
    /// <summary>A responder marked it with the mark reaction.</summary>
    Marked,
}

/// <summary>A learning moment: a message that shows how work really got done. <see cref="Id"/> is <c>{channel}:{ts}</c>.</summary>
public sealed record Moment
{
    public string Id { get; init; } = "";
    public string IncidentId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string Ts { get; init; } = "";
    /// <summary>The thread the message sits in, if it is a reply; questions go to that thread's root.</summary>
    public string? ThreadTs { get; init; }
    public string UserId { get; init; } = "";
    public string Text { get; init; } = "";
    public MomentCategory Category { get; init; }
    public double Confidence { get; init; }
    public string Cue { get; init; } = "";
    public MomentSource Source { get; init; }
    public string? MarkedBy { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>Where a thread reply about this moment goes: the root of its thread.</summary>
    public string ThreadRootTs => ThreadTs ?? Ts;

    public static string IdFor(string channelId, string ts) => $"{channelId}:{ts}";
}
