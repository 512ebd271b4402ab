using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Moments;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// The <em>Save as finding</em> message shortcut: it opens a modal with the message's words; an empty submission is
/// refused next to the input; a written one becomes the message's finding, in its author's name, and the person who
/// saved it is told privately. Saving the same message again updates that one finding.
/// </summary>
public class SaveAsFindingTests
{
    private const string Words = "I *drained* the EU pool before restarting the cache, otherwise the warm-up takes twenty minutes";
    private const string Edited = "Drain the EU pool before restarting the cache; otherwise the warm-up takes twenty minutes.";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task The_shortcut_opens_a_modal_with_the_words_prefilled_and_the_message_in_its_metadata()
    {
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, Words);

        var modal = await ChooseShortcutAsync(LearningBed.Bob, LearningBed.IncidentChannel, ts);

        var text = Element(modal, SaveAsFindingModal.TextBlock);
        var theme = Element(modal, SaveAsFindingModal.ThemeBlock);
        Assert.Multiple(() =>
        {
            Assert.That(modal.UserId, Is.EqualTo(LearningBed.Bob), "opened with the trigger of Bob's shortcut");
            Assert.That(modal.View["callback_id"]!.GetValue<string>(), Is.EqualTo("save_as_finding"));
            Assert.That(modal.View["title"]!["text"]!.GetValue<string>(), Is.EqualTo("Save as finding"));
            Assert.That(text["type"]!.GetValue<string>(), Is.EqualTo("plain_text_input"));
            Assert.That(text["multiline"]!.GetValue<bool>(), Is.True);
            Assert.That(text["initial_value"]!.GetValue<string>(), Is.EqualTo(SlackBot.Slack.Text.SlackText.ToPlain(Words)), "the words, as plain text");
            Assert.That(text["initial_value"]!.GetValue<string>(), Does.Not.Contain("*"), "mrkdwn markers are gone");
            Assert.That(text["max_length"]!.GetValue<int>(), Is.EqualTo(3000));
            Assert.That(theme["type"]!.GetValue<string>(), Is.EqualTo("static_select"));
            Assert.That(theme["options"]!.AsArray().Select(option => option!["text"]!["text"]!.GetValue<string>()),
                Is.EqualTo(MomentCategories.All.Select(category => category.Label())));
            Assert.That(Blocks(modal).Single(block => block["block_id"]?.GetValue<string>() == SaveAsFindingModal.ThemeBlock)["optional"]!.GetValue<bool>(), Is.True);
            Assert.That(BlockText.Of(modal.View["blocks"]!.AsArray()), Does.Contain($"<@{LearningBed.Alice}>").And.Contain($"<#{LearningBed.IncidentChannel}>"),
                "whose message it is and where");
            Assert.That(ViewMetadata.Parse(modal.View["private_metadata"]!.GetValue<string>()).ChannelId, Is.EqualTo(LearningBed.IncidentChannel));
            Assert.That(SavedMessage.Parse(modal.View["private_metadata"]!.GetValue<string>()), Is.EqualTo(new SavedMessage(LearningBed.IncidentChannel, ts, LearningBed.Alice, null)));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [TestCase(null)]
    [TestCase("  \n ")]
    public async Task An_empty_submission_is_refused_next_to_the_text_and_nothing_is_stored(string? text)
    {
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, Words);
        var modal = await ChooseShortcutAsync(LearningBed.Bob, LearningBed.IncidentChannel, ts);

        var reply = await SubmitAsync(modal, LearningBed.Bob, text, theme: null);
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reply?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
            Assert.That(reply?["errors"]?[SaveAsFindingModal.TextBlock]?.GetValue<string>(), Is.EqualTo("Write what was learned, or close the window."));
            Assert.That(_bed.Findings.All(), Is.Empty);
            Assert.That(_bed.Slack.EphemeralMessages, Is.Empty, "nothing to confirm");
        });
    }

    [Test]
    public async Task A_theme_that_is_not_one_of_the_options_is_refused()
    {
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, Words);
        var modal = await ChooseShortcutAsync(LearningBed.Bob, LearningBed.IncidentChannel, ts);

        var reply = await SubmitAsync(modal, LearningBed.Bob, Edited, theme: "root-cause");

        Assert.Multiple(() =>
        {
            Assert.That(reply?["errors"]?[SaveAsFindingModal.ThemeBlock]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(_bed.Findings.All(), Is.Empty);
        });
    }

    [Test]
    public async Task Edited_words_and_a_theme_become_the_messages_finding_and_the_saver_is_told()
    {
        var incident = await _bed.StartIncidentAsync();
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, Words);
        var modal = await ChooseShortcutAsync(LearningBed.Bob, LearningBed.IncidentChannel, ts);

        var reply = await SubmitAsync(modal, LearningBed.Bob, Edited, MomentCategory.WorkaroundsAndSkippedSteps.Key());

        var findingId = Finding.IdForMessage(LearningBed.IncidentChannel, ts);
        Assert.That(reply, Is.Null, "an empty 200 closes the modal");
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the finding to be recorded");
        await _bed.Slack.WaitForAsync(slack => slack.EphemeralMessages.Any(note => note.User == LearningBed.Bob), LearningBed.Generous);

        var finding = _bed.Findings.Find(findingId)!;
        var permalink = _bed.Slack.Calls("chat.getPermalink").Single(call => call.Args["message_ts"]?.GetValue<string>() == ts).Response!["permalink"]!.GetValue<string>();
        var note = _bed.Slack.EphemeralMessages.Single(message => message.User == LearningBed.Bob);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Text, Is.EqualTo(Edited));
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice), "the words are Alice's");
            Assert.That(finding.SavedBy, Is.EqualTo(LearningBed.Bob), "Bob saved them");
            Assert.That(finding.Source, Is.EqualTo(FindingSource.Shortcut));
            Assert.That(finding.IncidentId, Is.EqualTo(incident.Id));
            Assert.That(finding.Category, Is.EqualTo(MomentCategory.WorkaroundsAndSkippedSteps));
            Assert.That(finding.Permalink, Is.EqualTo(permalink));
            Assert.That(finding.ChannelId, Is.EqualTo(LearningBed.IncidentChannel));
            Assert.That(finding.MessageTs, Is.EqualTo(ts));
            Assert.That(finding.FromPrivateChannel, Is.False);
            Assert.That(note.Channel, Is.EqualTo(LearningBed.IncidentChannel), "told in the channel, privately");
            Assert.That(note.Text, Does.Contain("Saved").And.Contain($"<@{LearningBed.Alice}>'s words").And.Contain(permalink));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Saving_the_same_message_twice_updates_one_finding()
    {
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.TeamChannel, LearningBed.Alice, Words);

        var first = await ChooseShortcutAsync(LearningBed.Bob, LearningBed.TeamChannel, ts);
        Assert.That(await SubmitAsync(first, LearningBed.Bob, Words, theme: null), Is.Null);
        var second = await ChooseShortcutAsync(LearningBed.Carol, LearningBed.TeamChannel, ts, opened: 2);
        Assert.That(await SubmitAsync(second, LearningBed.Carol, Edited, MomentCategory.Expertise.Key()), Is.Null);
        await _bed.Slack.WaitForAsync(slack => slack.EphemeralMessages.Count(note => note.User == LearningBed.Carol) == 1, LearningBed.Generous);

        var findings = _bed.Findings.All();
        Assert.Multiple(() =>
        {
            Assert.That(findings, Has.Count.EqualTo(1));
            Assert.That(findings[0].Id, Is.EqualTo(Finding.IdForMessage(LearningBed.TeamChannel, ts)));
            Assert.That(findings[0].Text, Is.EqualTo(Edited), "the later words");
            Assert.That(findings[0].Category, Is.EqualTo(MomentCategory.Expertise));
            Assert.That(findings[0].IncidentId, Is.Null, "no incident in the team channel");
            Assert.That(findings[0].UpdatedAt, Is.Not.Null, "updated, not created twice");
        });
    }

    [Test]
    public async Task When_the_modal_cannot_open_the_person_is_told_privately()
    {
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, Words);
        _bed.Slack.Faults.Error("views.open", "expired_trigger_id");

        using (var delivery = await _bed.Sender.SendMessageShortcutAsync("save_as_finding", LearningBed.Bob, LearningBed.IncidentChannel, ts))
        {
            Assert.That(delivery.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await _bed.Slack.WaitForAsync(slack => slack.EphemeralMessages.Any(note => note.User == LearningBed.Bob), LearningBed.Generous);
        var note = _bed.Slack.EphemeralMessages.Single(message => message.User == LearningBed.Bob);
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Slack.OpenedViews, Is.Empty);
            Assert.That(note.Channel, Is.EqualTo(LearningBed.IncidentChannel));
            Assert.That(note.Text, Does.Contain("too late"));
            Assert.That(_bed.Findings.All(), Is.Empty);
            Assert.That(_bed.ListenerErrors(), Is.Empty, "the Web API error does not escape the listener");
        });
    }

    [Test]
    public async Task The_bots_own_message_has_nothing_to_save()
    {
        var slack = _bed.Bot.Services.GetRequiredService<ISlackApi>();
        var posted = await slack.PostMessageAsync(new PostMessageRequest { Channel = LearningBed.IncidentChannel, Text = "A question for later: how did you know the pool was the culprit?" });

        using (var delivery = await _bed.Sender.SendMessageShortcutAsync("save_as_finding", LearningBed.Bob, LearningBed.IncidentChannel, posted.Ts))
        {
            Assert.That(delivery.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await _bed.Slack.WaitForAsync(slack => slack.EphemeralMessages.Any(note => note.User == LearningBed.Bob), LearningBed.Generous);
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Slack.EphemeralMessages.Single(note => note.User == LearningBed.Bob).Text, Does.Contain("nothing to save"));
            Assert.That(_bed.Slack.OpenedViews, Is.Empty);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_message_in_a_private_channel_the_bot_is_not_in_can_still_be_saved_and_counts_as_private()
    {
        const string Elsewhere = "C0ELSEWHERE";
        _bed.Slack.AddChannel(Elsewhere, "ops-private", isPrivate: true, botIsMember: false);
        var ts = _bed.Slack.AddMessage(Elsewhere, LearningBed.Alice, Words);
        var modal = await ChooseShortcutAsync(LearningBed.Bob, Elsewhere, ts);

        Assert.That(await SubmitAsync(modal, LearningBed.Bob, Edited, theme: null), Is.Null);
        var findingId = Finding.IdForMessage(Elsewhere, ts);
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the finding to be recorded");
        await _bed.Slack.WaitForAsync(slack => slack.Messages(slack.DirectMessageChannelFor(LearningBed.Bob)).Count > 0, LearningBed.Generous);

        var finding = _bed.Findings.Find(findingId)!;
        Assert.Multiple(() =>
        {
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(finding.Text, Is.EqualTo(Edited));
            Assert.That(finding.FromPrivateChannel, Is.True, "a conversation the bot cannot see is kept out of public digests and search");
            Assert.That(_bed.Slack.EphemeralMessages, Is.Empty, "chat.postEphemeral cannot reach a channel the bot is not in");
            Assert.That(_bed.Slack.Messages(_bed.Slack.DirectMessageChannelFor(LearningBed.Bob)).Single().Text, Does.Contain("Saved"), "told in the bot's DM instead");
            Assert.That(_bed.Bot.Outbox.All().Where(row => row.Status == SlackBot.Slack.Outbound.OutboxStatus.Parked), Is.Empty);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    /// <summary><paramref name="user"/> chooses <em>Save as finding</em> on the message; returns the modal the bot opened.</summary>
    private async Task<FakeView> ChooseShortcutAsync(string user, string channel, string ts, int opened = 1)
    {
        using (var delivery = await _bed.Sender.SendMessageShortcutAsync("save_as_finding", user, channel, ts))
        {
            Assert.That(delivery.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await delivery.Response.Content.ReadAsStringAsync(), Is.Empty, "a shortcut is acknowledged with an empty 200");
        }

        await _bed.Slack.WaitForCallsAsync("views.open", opened, LearningBed.Generous);
        return _bed.Slack.OpenedViews[opened - 1];
    }

    /// <summary>Submits the modal as Slack would (null text = the input left empty); returns the acknowledgement's JSON, or null for an empty 200.</summary>
    private async Task<JsonObject?> SubmitAsync(FakeView modal, string user, string? text, string? theme)
    {
        var view = (JsonObject)modal.View.DeepClone();
        var themeState = new JsonObject { ["type"] = "static_select", ["selected_option"] = theme is null ? null : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = theme }, ["value"] = theme } };
        view["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [SaveAsFindingModal.TextBlock] = new JsonObject { [SaveAsFindingModal.TextInput] = new JsonObject { ["type"] = "plain_text_input", ["value"] = text } },
                [SaveAsFindingModal.ThemeBlock] = new JsonObject { [SaveAsFindingModal.ThemeInput] = themeState },
            },
        };
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = _bed.Slack.TeamId },
            ["view"] = view,
            ["response_urls"] = new JsonArray(),
            ["is_enterprise_install"] = false,
        };

        using var response = await _bed.Sender.SendInteractionAsync(payload);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
    }

    private static IEnumerable<JsonObject> Blocks(FakeView modal) => modal.View["blocks"]!.AsArray().OfType<JsonObject>();

    private static JsonObject Element(FakeView modal, string blockId) =>
        Blocks(modal).Single(block => block["block_id"]?.GetValue<string>() == blockId)["element"]!.AsObject();
}
