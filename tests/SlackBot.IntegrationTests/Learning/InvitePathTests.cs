using System.Text.Json.Nodes;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Set-up step 4 of the README, as a new user takes it: the bot is invited (<c>/invite @learnbot</c>) to an incident
/// channel that already exists, people write, a facilitator resolves it, and the people are asked. Private channels
/// send the <c>group_*</c> events, which end and rename their incidents too.
/// </summary>
public class InvitePathTests
{
    private const string PublicChannel = "C0INVITE1";
    private const string PrivateChannel = "G0INVITE2";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync(arrange: slack =>
    {
        slack.AddChannel(PublicChannel, "inc-2026-12-01-payments-timeouts");
        slack.AddChannel(PrivateChannel, "inc-2026-12-01-credential-leak", isPrivate: true);
    });

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [TestCase(PublicChannel, "C")]
    [TestCase(PrivateChannel, "G")]
    public async Task A_channel_the_bot_is_invited_to_becomes_an_incident_and_its_people_are_asked(string channel, string channelType)
    {
        await _bed.SendEventAsync(BotJoined(channel, channelType));
        await _bed.DrainAsync();

        await _bed.Sender.PostUserMessageAsync(channel, LearningBed.Carol, "joining, looking at the gateway now");
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, "weird, the retry queue drained by itself once the EU pool came back", channel);
        var reply = await _bed.LearnAsync("resolve", LearningBed.Bob, channel);
        var question = await _bed.WaitForPostedQuestionAsync(moment);

        var incident = _bed.Incidents.LatestIn(channel)!;
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Slack.Calls("conversations.info").Any(call => call.Args["channel"]?.GetValue<string>() == channel), Is.True,
                "the join names the channel only by id, so the bot looks it up");
            Assert.That(reply["text"]!.GetValue<string>(), Does.Not.Contain("no active incident"));
            Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(incident.ResolvedVia, Is.EqualTo(ResolutionSource.Command));
            Assert.That(incident.IsPrivate, Is.EqualTo(channel == PrivateChannel));
            Assert.That(question.UserId, Is.EqualTo(LearningBed.Alice));
            Assert.That(question.PostedChannel, Is.EqualTo(channel), "asked in the moment's thread");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Archiving_a_private_incident_channel_ends_its_incident_by_the_group_archive_event()
    {
        await StartIncidentInAsync(PrivateChannel);

        await _bed.SendEventAsync(new JsonObject { ["type"] = "group_archive", ["channel"] = PrivateChannel, ["user"] = LearningBed.Bob, ["is_moved"] = 0 });
        await _bed.DrainAsync();

        AssertEndedByArchive(PrivateChannel);
    }

    [Test]
    public async Task Archiving_a_private_incident_channel_ends_its_incident_by_the_group_archive_message()
    {
        await StartIncidentInAsync(PrivateChannel);

        await _bed.SendEventAsync(new JsonObject
        {
            ["type"] = "message", ["subtype"] = "group_archive", ["user"] = LearningBed.Bob, ["channel"] = PrivateChannel,
            ["channel_type"] = "group", ["text"] = "<@U0BOB> archived the group", ["ts"] = _bed.NextEventTs(), ["event_ts"] = _bed.NextEventTs(),
        });
        await _bed.DrainAsync();

        AssertEndedByArchive(PrivateChannel);
    }

    [Test]
    public async Task Renaming_a_private_incident_channel_renames_its_incident()
    {
        await StartIncidentInAsync(PrivateChannel);

        await _bed.SendEventAsync(new JsonObject
        {
            ["type"] = "group_rename",
            ["channel"] = new JsonObject { ["id"] = PrivateChannel, ["name"] = "inc-2026-12-01-credential-rotation", ["created"] = 1764547200 },
            ["event_ts"] = _bed.NextEventTs(),
        });
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Incidents.LatestIn(PrivateChannel)!.ChannelName, Is.EqualTo("inc-2026-12-01-credential-rotation"));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Unarchiving_a_channel_does_not_start_or_end_anything()
    {
        await StartIncidentInAsync(PublicChannel);

        await _bed.SendEventAsync(new JsonObject { ["type"] = "channel_unarchive", ["channel"] = PublicChannel, ["user"] = LearningBed.Bob });
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Incidents.LatestIn(PublicChannel)!.Status, Is.EqualTo(IncidentStatus.Active));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    private async Task StartIncidentInAsync(string channel)
    {
        await _bed.SendEventAsync(BotJoined(channel, channel == PrivateChannel ? "G" : "C"));
        await _bed.Sender.PostUserMessageAsync(channel, LearningBed.Carol, "joining, looking at the gateway now");
        await _bed.DrainAsync();
        Assert.That(_bed.Incidents.ActiveIn(channel), Is.Not.Null, "the first message starts the incident");
    }

    private void AssertEndedByArchive(string channel)
    {
        var incident = _bed.Incidents.LatestIn(channel)!;
        Assert.Multiple(() =>
        {
            Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(incident.ResolvedVia, Is.EqualTo(ResolutionSource.ChannelArchived));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    /// <summary><c>member_joined_channel</c> for the bot itself, as Slack sends it when someone invites the bot.</summary>
    private JsonObject BotJoined(string channel, string channelType) => new()
    {
        ["type"] = "member_joined_channel",
        ["user"] = _bed.Slack.BotUserId,
        ["channel"] = channel,
        ["channel_type"] = channelType,
        ["team"] = _bed.Slack.TeamId,
        ["inviter"] = LearningBed.Alice,
        ["event_ts"] = _bed.NextEventTs(),
    };
}
