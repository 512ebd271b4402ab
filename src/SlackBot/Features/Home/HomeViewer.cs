namespace SlackBot.Features.Home;

/// <summary>
/// Someone who has opened the bot's Home tab: only they get it re-published when something of theirs changes.
/// <see cref="Publishes"/> counts the views published for them and keys each outbox row, so a refresh is never
/// mistaken for a retry of the one before.
/// </summary>
public sealed record HomeViewer
{
    /// <summary>The Slack user id.</summary>
    public string Id { get; init; } = "";
    public DateTimeOffset FirstOpenedAt { get; init; }
    public int Publishes { get; init; }
}
