namespace SlackBot.Testing.Fakes;

/// <summary>One Socket Mode connection's life: when it opened, when and why it closed (null while open).</summary>
public sealed record SocketConnectionRecord(int Id, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? CloseReason)
{
    public bool IsOpen => ClosedAt is null;
}
