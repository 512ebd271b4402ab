using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>A message as the fake workspace stores it. <see cref="ThreadTs"/> is null for a top-level message and the
/// parent's ts for a reply; the parent itself only gets a <c>thread_ts</c> when it is serialised with replies.</summary>
public sealed record FakeMessage(
    string Channel,
    string Ts,
    string? User,
    string? BotId,
    string Text,
    string? ThreadTs,
    JsonArray? Blocks,
    JsonObject? Metadata,
    FakeEdit? Edited,
    string? Subtype = null,
    string? ClientMsgId = null)
{
    public bool IsReply => ThreadTs is not null && ThreadTs != Ts;

    /// <summary>Broadcast replies show in the channel as well as in their thread.</summary>
    public bool IsVisibleInChannel => !IsReply || Subtype == "thread_broadcast";
}

/// <summary>Slack's <c>edited</c> marker: who edited the message and when (a Slack ts).</summary>
public sealed record FakeEdit(string User, string Ts);
