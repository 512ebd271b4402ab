using System.Text.Json;
using SlackBot.Slack.Dispatch;

namespace SlackBot.Tests.Slack.Dispatch;

public class SelfEventFilterTests
{
    // The identities in the fixtures: E9 was posted by app B999 as user UB111.
    private static readonly BotIdentity AppB999 = new("UB111", "B999", "T111");
    private static readonly BotIdentity SomeOtherBot = new("U0OTHER", "B0OTHER", "T111");

    [Test]
    public void A_message_posted_by_the_bot_is_its_own_echo() =>
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e9_app_message.json"), AppB999), Is.True);

    [Test]
    public void Another_apps_message_is_not_the_bots_echo() =>
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e9_app_message.json"), SomeOtherBot), Is.False);

    [Test]
    public void Matching_on_user_alone_is_enough()
    {
        var bot = new BotIdentity("U123ABC456", "B0NOPE", "T123ABC456");
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e1_message_channels.json"), bot), Is.True);
    }

    [Test]
    public void A_persons_message_is_not_an_echo() =>
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e1_message_channels.json"), SomeOtherBot), Is.False);

    [Test]
    public void The_bot_editing_its_own_message_is_an_echo()
    {
        var edit = Json("""{"type":"message","subtype":"message_changed","hidden":true,"channel":"C1","ts":"2.0","message":{"type":"message","user":"UB111","bot_id":"B999","text":"updated","ts":"1.0"}}""");
        Assert.That(SelfEventFilter.IsOwnEcho(edit, AppB999), Is.True);
    }

    [Test]
    public void A_person_editing_their_message_is_not_an_echo() =>
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e8_message_changed.json"), AppB999), Is.False);

    [Test]
    public void The_bot_deleting_its_own_message_is_an_echo()
    {
        var deletion = Json("""{"type":"message","subtype":"message_deleted","hidden":true,"channel":"C1","ts":"2.0","deleted_ts":"1.0","previous_message":{"type":"message","user":"UB111","bot_id":"B999","text":"old","ts":"1.0"}}""");
        Assert.That(SelfEventFilter.IsOwnEcho(deletion, AppB999), Is.True);
    }

    [Test]
    public void The_bot_joining_a_channel_is_kept_so_it_learns_where_it_was_added()
    {
        var bot = new BotIdentity("W123ABC456", "B1", "T123ABC456");
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e6_member_joined_channel.json"), bot), Is.False);
    }

    [Test]
    public void The_bots_own_reaction_is_an_echo()
    {
        var bot = new BotIdentity("U123ABC456", "B1", "T123ABC456");
        Assert.That(SelfEventFilter.IsOwnEcho(Inner("e5_reaction_added.json"), bot), Is.True);
    }

    [Test]
    public void Non_object_input_is_not_an_echo() =>
        Assert.That(SelfEventFilter.IsOwnEcho(Json("[1,2]"), AppB999), Is.False);

    private static JsonElement Inner(string fixture) =>
        JsonDocument.Parse(Fixtures.Bytes("Slack/Events/" + fixture)).RootElement.GetProperty("event").Clone();

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
