using System.Text.Json;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Tests.Slack.Dispatch;

/// <summary>Edits, deletions and tombstones as Slack sends them, read into what a listener acts on.</summary>
public class MessageEventChangesTests
{
    private const string Edited = """
        {"type":"message","subtype":"message_changed","hidden":true,"channel":"C1","ts":"1700000100.000200","event_ts":"1700000100.000200",
         "message":{"type":"message","user":"U1","text":"the new words","ts":"1700000000.000100","edited":{"user":"U1","ts":"1700000100.000200"}},
         "previous_message":{"type":"message","user":"U1","text":"the old words","ts":"1700000000.000100"}}
        """;

    private const string Deleted = """
        {"type":"message","subtype":"message_deleted","hidden":true,"channel":"C1","ts":"1700000100.000200","deleted_ts":"1700000000.000100",
         "previous_message":{"type":"message","user":"U1","text":"the old words","ts":"1700000000.000100"}}
        """;

    // The shape Slack sends when a thread parent with replies is deleted (recorded by the Java SDK, ids filled in).
    private const string Tombstoned = """
        {"type":"message","subtype":"message_changed","hidden":true,"channel":"C1","ts":"1700000100.000200","event_ts":"1700000100.000200",
         "message":{"type":"message","subtype":"tombstone","text":"This message was deleted.","user":"USLACKBOT","hidden":true,
                    "ts":"1700000000.000100","thread_ts":"1700000000.000100","reply_count":1,"replies":[{"user":"U2","ts":"1700000050.000100"}]},
         "previous_message":{"type":"message","user":"U1","text":"the old words","ts":"1700000000.000100","thread_ts":"1700000000.000100"}}
        """;

    [Test]
    public void An_edit_carries_the_new_version_and_removes_nothing()
    {
        var message = Read(Edited);
        Assert.Multiple(() =>
        {
            Assert.That(message.Edit?.Text, Is.EqualTo("the new words"));
            Assert.That(message.Edit?.Ts, Is.EqualTo("1700000000.000100"));
            Assert.That(message.RemovedTs, Is.Null);
            Assert.That(message.IsFromHuman, Is.False, "an edit is not a new message");
        });
    }

    [Test]
    public void A_deletion_names_the_removed_message()
    {
        var message = Read(Deleted);
        Assert.Multiple(() =>
        {
            Assert.That(message.RemovedTs, Is.EqualTo("1700000000.000100"));
            Assert.That(message.Edit, Is.Null);
        });
    }

    [Test]
    public void A_tombstone_is_a_deletion_not_an_edit()
    {
        var message = Read(Tombstoned);
        Assert.Multiple(() =>
        {
            Assert.That(message.RemovedTs, Is.EqualTo("1700000000.000100"));
            Assert.That(message.Edit, Is.Null, "'This message was deleted.' is never anyone's new words");
        });
    }

    [TestCase("channel_archive", true)]
    [TestCase("group_archive", true)]
    [TestCase("channel_join", false)]
    public void Archive_notices_of_public_and_private_channels_are_recognised(string subtype, bool expected) =>
        Assert.That(Read($$"""{"type":"message","subtype":"{{subtype}}","channel":"C1","user":"U1","ts":"1.2"}""").IsArchiveNotice, Is.EqualTo(expected));

    private static MessageEvent Read(string json) => JsonSerializer.Deserialize<MessageEvent>(json, SlackJson.Options)!;
}
