using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>Slack's documented answers (Fixtures/Api/*.ok.json) become the public records.</summary>
public sealed class SlackApiAnswerTests
{
    [Test]
    public async Task Auth_test_reports_the_bots_own_ids()
    {
        using var harness = new SlackApiHarness();

        var me = await harness.FinishAsync(harness.Api.AuthTestAsync());

        Assert.That(me, Is.EqualTo(new AuthTestResponse(
            "W23456789", "BZYBOTHED", "T0G9PQBBK", "Subarachnoid Workspace", "bot", "https://subarachnoid.slack.com/")));
    }

    [Test]
    public async Task Chat_writes_report_where_the_message_landed()
    {
        using var harness = new SlackApiHarness();

        var posted = await harness.FinishAsync(harness.Api.PostMessageAsync(new() { Channel = "C123ABC456", Text = "hi" }));
        var ephemeral = await harness.FinishAsync(harness.Api.PostEphemeralAsync(new() { Channel = "C9", User = "U1", Text = "hi" }));
        var updated = await harness.FinishAsync(harness.Api.UpdateMessageAsync(new() { Channel = "C8", Ts = "1401383885.000061", Text = "hi" }));
        var link = await harness.FinishAsync(harness.Api.GetPermalinkAsync("C123ABC456", "1.2"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(posted, Is.EqualTo(new PostMessageResponse("C123ABC456", "1503435956.000247")));
            Assert.That(ephemeral, Is.EqualTo(new PostEphemeralResponse("1502210682.580145")));
            Assert.That(updated, Is.EqualTo(new UpdateMessageResponse("C123ABC456", "1401383885.000061")));
            Assert.That(link, Is.EqualTo("https://ghostbusters.slack.com/archives/C1H9RESGA/p135854651500008"));
        }
    }

    [Test]
    public async Task Conversation_info_describes_the_channel()
    {
        using var harness = new SlackApiHarness();

        var channel = await harness.FinishAsync(harness.Api.GetConversationInfoAsync("C012AB3CD"));

        Assert.That(channel, Is.EqualTo(new SlackConversation
        {
            Id = "C012AB3CD",
            Name = "inc-2041-checkout-latency",
            IsChannel = true,
            IsMember = true,
        }));
    }

    [Test]
    public async Task History_page_carries_messages_reactions_metadata_and_the_next_cursor()
    {
        using var harness = new SlackApiHarness();

        var page = await harness.FinishAsync(harness.Api.GetConversationHistoryAsync(new() { Channel = "C1" }));

        var (human, bot) = (page.Messages[0], page.Messages[1]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.HasMore, Is.True);
            Assert.That(page.NextCursor, Is.EqualTo("bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz"));
            Assert.That(page.Messages, Has.Count.EqualTo(2));

            Assert.That(human.User, Is.EqualTo("U123ABC456"));
            Assert.That(human.Ts, Is.EqualTo("1512085950.000216"));
            Assert.That(human.ThreadTs, Is.EqualTo("1512085950.000216"));
            Assert.That(human.ReplyCount, Is.EqualTo(2));
            Assert.That(human.Subtype, Is.Null);
            Assert.That(human.Reactions![0].Name, Is.EqualTo("bulb"));
            Assert.That(human.Reactions[0].Users, Is.EqualTo(new[] { "U222BBB222", "U333CCC333" }));
            Assert.That(human.Reactions[0].Count, Is.EqualTo(2));

            Assert.That(bot.Subtype, Is.EqualTo("bot_message"));
            Assert.That(bot.BotId, Is.EqualTo("B0AAA0A00"));
            Assert.That(bot.Edited, Is.EqualTo(new SlackEdited { User = "U123ABC456", Ts = "1512085900.000000" }));
            Assert.That(bot.Metadata!.EventType, Is.EqualTo("learning_question"));
            Assert.That(bot.Metadata.EventPayload["moment_id"]!.GetValue<string>(), Is.EqualTo("m-17"));
            Assert.That(bot.Blocks![0]!["type"]!.GetValue<string>(), Is.EqualTo("section"));
            Assert.That(bot.Files, Is.EqualTo(new[] { new SlackFileRef("F0S43PZDF", "grafana.png") }));
        }
    }

    [Test]
    public async Task Replies_put_the_parent_first_and_end_without_a_cursor()
    {
        using var harness = new SlackApiHarness();

        var page = await harness.FinishAsync(harness.Api.GetConversationRepliesAsync(new() { Channel = "C1", Ts = "1482960137.003543" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Messages.Select(m => m.Text), Is.EqualTo(new[] { "island", "one island", "two island", "three for the land" }));
            Assert.That(page.Messages[0].ReplyCount, Is.EqualTo(3));
            Assert.That(page.Messages[0].ParentUserId, Is.Null);
            Assert.That(page.Messages.Skip(1).Select(m => m.ParentUserId), Is.All.EqualTo("U061F7AUR"));
            Assert.That(page.HasMore, Is.False);
            Assert.That(page.NextCursor, Is.Null);
        }
    }

    [Test]
    public async Task User_info_gives_time_zone_and_names()
    {
        using var harness = new SlackApiHarness();

        var user = await harness.FinishAsync(harness.Api.GetUserInfoAsync("W012A3CDE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Id, Is.EqualTo("W012A3CDE"));
            Assert.That(user.Name, Is.EqualTo("spengler"));
            Assert.That(user.RealName, Is.EqualTo("Egon Spengler"));
            Assert.That(user.Tz, Is.EqualTo("America/Los_Angeles"));
            Assert.That(user.TzOffset, Is.EqualTo(-25200));
            Assert.That(user.IsBot, Is.False);
            Assert.That(user.Deleted, Is.False);
            Assert.That(user.Profile, Is.EqualTo(new SlackUserProfile { DisplayName = "spengler", RealName = "Egon Spengler" }));
            Assert.That(user.DisplayName, Is.EqualTo("spengler"));
        }
    }

    [Test]
    public async Task Views_come_back_with_id_and_hash()
    {
        using var harness = new SlackApiHarness();

        var modal = await harness.FinishAsync(harness.Api.OpenViewAsync("trigger", new JsonObject()));
        var home = await harness.FinishAsync(harness.Api.PublishViewAsync("U1", new JsonObject()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(modal, Is.EqualTo(new SlackView
            {
                Id = "VMHU10V25",
                Hash = "156772938.1827394",
                Type = "modal",
                CallbackId = "answer-question",
                PrivateMetadata = """{"moment":"m-17"}""",
                ExternalId = "",
            }));
            Assert.That(home.Type, Is.EqualTo("home"));
            Assert.That(home.Hash, Is.EqualTo("156772938.1827395"));
        }
    }

    [Test]
    public async Task Upload_steps_and_socket_mode_return_what_the_next_step_needs()
    {
        using var harness = new SlackApiHarness();

        var target = await harness.FinishAsync(harness.Api.GetUploadUrlExternalAsync("weekly-digest.png", 53072));
        var shared = await harness.FinishAsync(harness.Api.CompleteUploadExternalAsync(new() { Files = [new(target.FileId, null)] }));
        var socket = await harness.FinishAsync(harness.Api.OpenSocketModeConnectionAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(target, Is.EqualTo(new UploadUrl(new Uri("https://files.slack.com/upload/v1/CwABAAAAXAoAAZnb"), "F07CSQRJBK5")));
            Assert.That(shared, Is.EqualTo(new[] { new SlackFileRef("F07CSQRJBK5", "weekly-digest.png") }));
            Assert.That(socket, Is.EqualTo(new Uri("wss://wss.slack.com/link/?ticket=1234-5678")));
        }
    }

    [Test]
    public async Task Joining_a_channel_returns_it()
    {
        using var harness = new SlackApiHarness();

        var channel = await harness.FinishAsync(harness.Api.JoinConversationAsync("C061EG9SL"));

        Assert.That(channel.Id, Is.EqualTo("C061EG9SL"));
    }

    [Test]
    public async Task Reading_is_lenient_about_quoted_numbers_trailing_commas_and_unknown_fields()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Answer("users.info.lenient.json"));

        var user = await harness.FinishAsync(harness.Api.GetUserInfoAsync("W012A3CDE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.TzOffset, Is.EqualTo(-25200));
            Assert.That(user.DisplayName, Is.EqualTo("spengler"));
        }
    }
}
