namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Whether the inbox reader is keeping up. While it is behind (its backlog full and more waiting in the inbox), a
/// command's answer cannot come within Slack's 3 seconds, so the receiver acknowledges at once instead of holding
/// the request open for nothing.
/// </summary>
public sealed class InboxPace
{
    private volatile bool _behind;

    public bool IsBehind => _behind;

    /// <summary>The reader's backlog is full: what was stored since waits in the inbox, unread.</summary>
    internal void BacklogFull() => _behind = true;

    /// <summary>A read found fewer envelopes than it asked for: everything stored has been read.</summary>
    internal void CaughtUp() => _behind = false;
}
