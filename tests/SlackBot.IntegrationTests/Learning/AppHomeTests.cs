using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>The Home tab is published when someone opens it: what the bot is for, their open questions, recent findings.</summary>
public class AppHomeTests
{
    [Test]
    public async Task Opening_the_home_tab_publishes_the_home_view_for_that_person()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        slack.AddUser("U0ALICE", "alice");
        await using var bot = await BotApp.StartAsync(slack, directory.File("bot.db"));

        using var response = await slack.SenderFor(bot.BaseUrl).SendEventAsync(new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = "U0ALICE", ["channel"] = "D0ALICE", ["tab"] = "home", ["event_ts"] = "1700000000.000100",
        });
        await slack.WaitForAsync(fake => fake.PublishedViews.ContainsKey("U0ALICE"));

        var view = slack.PublishedViews["U0ALICE"];
        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccessStatusCode, Is.True);
            Assert.That(view.Type, Is.EqualTo("home"));
            Assert.That(view.View.ToJsonString(), Does.Contain("Learning from incidents").And.Contain("/learn help").And.Contain("Questions for you"));
        });
    }

    [Test]
    public async Task The_messages_tab_does_not_publish_anything()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotApp.StartAsync(slack, directory.File("bot.db"));

        using var response = await slack.SenderFor(bot.BaseUrl).SendEventAsync(new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = "U0BOB", ["channel"] = "D0BOB", ["tab"] = "messages", ["event_ts"] = "1700000000.000200",
        }, eventId: "Ev0MESSAGESTAB");
        await Poll.UntilAsync(() => bot.Inbox.Find("ev:Ev0MESSAGESTAB")?.Status == Storage.Inbox.InboxStatus.Processed);

        Assert.That(slack.Calls("views.publish"), Is.Empty);
    }
}
