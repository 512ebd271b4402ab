using System.Text.Json;

namespace SlackBot.Slack.Dispatch.Events;

/// <summary>
/// A <c>message</c> (or <c>app_mention</c>) event. Edits arrive with subtype <c>message_changed</c> and the new
/// version in <see cref="Message"/>; deletions with subtype <c>message_deleted</c> and <see cref="DeletedTs"/>.
/// </summary>
public sealed record MessageEvent
{
    public string Type { get; init; } = "message";
    public string? Subtype { get; init; }
    public string? Channel { get; init; }
    /// <summary><c>channel</c> (public), <c>group</c> (private), <c>im</c> or <c>mpim</c>.</summary>
    public string? ChannelType { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? ParentUserId { get; init; }
    public string? EventTs { get; init; }
    public string? ClientMsgId { get; init; }
    public bool Hidden { get; init; }
    public MessageEdited? Edited { get; init; }
    public MessageEvent? Message { get; init; }
    public MessageEvent? PreviousMessage { get; init; }
    public string? DeletedTs { get; init; }
    public JsonElement? Blocks { get; init; }
    public IReadOnlyList<MessageFile>? Files { get; init; }

    /// <summary>
    /// The ts of a message whose content is gone: a <c>message_deleted</c>, or a thread parent that Slack turned
    /// into a tombstone ("This message was deleted.", sent as a <c>message_changed</c>) because it had replies.
    /// </summary>
    public string? RemovedTs => Subtype switch
    {
        "message_deleted" => DeletedTs,
        "message_changed" when Message is { Subtype: "tombstone" } tombstone => tombstone.Ts,
        _ => null,
    };

    /// <summary>The new version of an edited message; null for anything else, tombstones included.</summary>
    public MessageEvent? Edit => Subtype == "message_changed" && Message is { Subtype: not "tombstone" } edited ? edited : null;

    /// <summary><c>channel_archive</c> or <c>group_archive</c>: the note Slack posts into a channel being archived.</summary>
    public bool IsArchiveNotice => Subtype is "channel_archive" or "group_archive";

    /// <summary>True for a reply inside a thread (not the thread's parent).</summary>
    public bool IsThreadReply => ThreadTs is not null && ThreadTs != Ts;

    /// <summary>
    /// True for something a person wrote: no subtype (or a file share, /me, or a thread reply also sent to the
    /// channel), not hidden, not posted by an app.
    /// </summary>
    public bool IsFromHuman =>
        !Hidden && BotId is null && User is not null &&
        Subtype is null or "thread_broadcast" or "file_share" or "me_message";
}

public sealed record MessageEdited(string? User, string? Ts);

public sealed record MessageFile(string? Id, string? Name, string? Title);
