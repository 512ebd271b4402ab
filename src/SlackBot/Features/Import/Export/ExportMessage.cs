using SlackBot.Slack.Api;

namespace SlackBot.Features.Import.Export;

/// <summary>
/// One message as the export records it. Missing optional fields are null, zero or empty; unknown fields
/// are ignored.
/// </summary>
/// <param name="Ts">The Slack timestamp exactly as in the export (e.g. "1762353125.000200"); unique per channel.</param>
/// <param name="User">The author's user id; also set on messages from modern apps, next to <paramref name="BotId"/>.</param>
/// <param name="Subtype">Null for an ordinary message; otherwise e.g. channel_join, bot_message, thread_broadcast.</param>
/// <param name="BotName">The app's name (<c>bot_profile.name</c>, else the legacy <c>username</c>) for bot messages.</param>
/// <param name="ThreadTs">The thread's parent ts: on replies, and on the parent itself.</param>
/// <param name="ParentUserId">On replies: who wrote the parent.</param>
/// <param name="ReplyCount">On a thread parent: how many replies the thread had when exported.</param>
/// <param name="Edited">Whether the text was edited after posting.</param>
public sealed record ExportMessage(
    string Ts,
    string? User,
    string? Text,
    string? Subtype,
    string? BotId,
    string? BotName,
    string? ThreadTs,
    string? ParentUserId,
    int ReplyCount,
    IReadOnlyList<ExportReaction> Reactions,
    IReadOnlyList<ExportFile> Files,
    bool Edited)
{
    /// <summary>A reply inside a thread (including one also sent to the channel), not the thread's parent.</summary>
    public bool IsThreadReply => ThreadTs is not null && ThreadTs != Ts;

    /// <summary>The first message of a thread that has (or had) replies.</summary>
    public bool IsThreadParent => ThreadTs == Ts || (ThreadTs is null && ReplyCount > 0);

    /// <summary>
    /// Written by a person rather than an app or Slack itself: an author, no <c>bot_id</c>, and no subtype
    /// other than the ones people produce by typing (a thread reply also sent to the channel, a shared file, /me).
    /// </summary>
    public bool IsFromHuman =>
        BotId is null
        && !string.IsNullOrEmpty(User)
        && Subtype is null or "thread_broadcast" or "file_share" or "me_message";

    /// <summary>The <c>action_id</c>s of the buttons and other elements in the message's blocks (apps' messages).</summary>
    public IReadOnlyList<string> ActionIds { get; init; } = [];

    /// <summary>When the message was posted, from <see cref="Ts"/>.</summary>
    public DateTimeOffset Time => SlackTs.ToTime(Ts);
}
