using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Learn;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn</c> as Slack sends it (a signed form post): help for empty or unknown input, <c>start</c> anywhere (joining
/// the channel when needed), <c>resolve</c>, <c>findings</c>, and what people who are not facilitators may do.
/// </summary>
public class LearnCommandTests
{
    private const string WarRoom = "C0WARROOM";
    private const string Facilitator = "U0FRAN";

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
    }

    [TestCase("", null)]
    [TestCase("help", null)]
    [TestCase("frobnicate", "frobnicate")]
    public async Task Help_lists_every_sub_command_privately(string text, string? unknownWord)
    {
        await StartAsync();

        var reply = await _bed.LearnAsync(text, LearningBed.Alice, LearningBed.TeamChannel);

        var shown = reply["text"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"), "only the person who asked sees it");
            foreach (var usage in new[] { "/learn help", "/learn start", "/learn resolve", "/learn findings" })
                Assert.That(shown, Does.Contain(usage));
            foreach (var subcommand in _bed.Bot.Services.GetRequiredService<LearnCatalog>().Specs)
                Assert.That(shown, Does.Contain("/learn " + subcommand.Usage), "every sub-command the bot understands is listed");
            if (unknownWord is null) Assert.That(shown, Does.Not.Contain("didn't understand"));
            else Assert.That(shown, Does.Contain($"`{unknownWord}`"), "names what it did not understand");
            Assert.That(_bed.Incidents.All(), Is.Empty, "help changes nothing");
        });
    }

    [Test]
    public async Task Help_for_one_sub_command_shows_its_usage_and_an_example_and_ill_fitting_arguments_get_it_too()
    {
        await StartAsync();

        var topic = await _bed.LearnAsync("help start", LearningBed.Alice, LearningBed.TeamChannel);
        var extra = await _bed.LearnAsync("resolve it now please", LearningBed.Alice, LearningBed.IncidentChannel);
        var family = await _bed.LearnAsync("digest", LearningBed.Alice, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(topic), Does.Contain("`/learn start [title]`").And.Contain("Example: `/learn start "));
            Assert.That(Text(topic), Does.Not.Contain("/learn findings"), "only the sub-command asked about");
            Assert.That(Text(extra), Does.Contain("takes nothing after it").And.Contain("`/learn resolve`"));
            Assert.That(Text(family), Does.Contain("/learn digest preview").And.Contain("/learn digest subscribe").And.Not.Contain("/learn start"));
            Assert.That(Text(family), Does.Not.Contain("didn't understand"), "the family word alone is a fair question");
            Assert.That(_bed.Incidents.All(), Is.Empty, "help changes nothing: the extra words did not resolve anything");
        });
    }

    [Test]
    public async Task Start_in_a_channel_not_named_like_an_incident_starts_one_and_joins_the_channel()
    {
        await StartAsync();

        var reply = await _bed.LearnAsync("start Checkout slow", LearningBed.Alice, WarRoom);

        var incident = _bed.Incidents.ActiveIn(WarRoom);
        Assert.That(incident, Is.Not.Null, "an incident is active in the channel");
        var joins = _bed.Slack.Calls("conversations.join");
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain($"<#{WarRoom}>").And.Contain("Checkout slow"));
            Assert.That(incident!.Title, Is.EqualTo("Checkout slow"));
            Assert.That(incident.Origin, Is.EqualTo(IncidentOrigin.StartCommand));
            Assert.That(incident.StartedBy, Is.EqualTo(LearningBed.Alice));
            Assert.That(incident.ChannelName, Is.EqualTo("checkout-war-room"));
            Assert.That(joins, Has.Count.EqualTo(1));
            Assert.That(joins[0].Args["channel"]!.GetValue<string>(), Is.EqualTo(WarRoom));
            Assert.That(_bed.Slack.Channel(WarRoom)!.BotIsMember, Is.True, "the bot is in the channel now");
        });

        // Being in the channel, the bot now hears it: the next moment there belongs to the new incident.
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind", WarRoom);
        Assert.Multiple(() =>
        {
            Assert.That(moment.IncidentId, Is.EqualTo(incident!.Id));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_title_echoed_back_can_never_ping_the_channel_or_carry_a_link()
    {
        await StartAsync();
        const string Title = "<!channel> checkout & <https://evil.example|the status page>";

        var started = await _bed.LearnAsync("start " + Title, LearningBed.Alice, WarRoom);
        var resolved = await _bed.LearnAsync("resolve", LearningBed.Alice, WarRoom);
        var findings = await _bed.LearnAsync("findings", LearningBed.Alice, WarRoom);

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Incidents.Find(_bed.Incidents.All().Single().Id)!.Title, Is.EqualTo(Title), "stored as typed");
            foreach (var reply in new[] { started, resolved, findings })
            {
                Assert.That(Text(reply), Does.Contain("&lt;!channel&gt; checkout &amp; &lt;https://evil.example|the status page&gt;"));
                Assert.That(Text(reply), Does.Not.Contain("<!channel>").And.Not.Contain("<https://evil"));
            }
        });
    }

    [Test]
    public async Task Resolve_without_an_active_incident_says_how_to_start_one_and_changes_nothing()
    {
        await StartAsync();

        var reply = await _bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("no active incident").And.Contain("/learn start"));
            Assert.That(_bed.Incidents.All(), Is.Empty);
        });
    }

    [Test]
    public async Task Findings_lists_the_incidents_findings_with_author_and_link()
    {
        await StartAsync();
        var finding = await CaptureFindingAsync();

        var reply = await _bed.LearnAsync("findings", LearningBed.Carol, LearningBed.IncidentChannel);

        var blocks = BlockText.Of(reply["blocks"]);
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("1 finding"));
            Assert.That(blocks, Does.Contain($"<@{LearningBed.Alice}>"), "who said it");
            Assert.That(finding.Permalink, Is.Not.Null);
            Assert.That(blocks, Does.Contain(finding.Permalink!), "a link back to the message");
            Assert.That(blocks, Does.Contain("drain the EU pool"));
        });
    }

    [Test]
    public async Task Someone_who_is_not_a_facilitator_cannot_start_or_resolve_but_can_read()
    {
        await StartAsync(new Dictionary<string, string?> { ["Learn:Facilitators:0"] = Facilitator });
        var incident = await _bed.StartIncidentAsync();
        var finding = await CaptureFindingAsync();

        var start = await _bed.LearnAsync("start Checkout slow", LearningBed.Alice, WarRoom);
        var resolve = await _bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.IncidentChannel);
        var help = await _bed.LearnAsync("help", LearningBed.Alice, LearningBed.IncidentChannel);
        var findings = await _bed.LearnAsync("findings", LearningBed.Alice, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(start), Does.Contain("Only facilitators"), "refused, politely");
            Assert.That(Text(resolve), Does.Contain("Only facilitators"));
            Assert.That(_bed.Incidents.ActiveIn(WarRoom), Is.Null, "no incident started");
            Assert.That(_bed.Slack.Calls("conversations.join"), Is.Empty, "no channel joined");
            Assert.That(_bed.Incidents.Find(incident.Id)!.Status, Is.EqualTo(IncidentStatus.Active), "not resolved");
            Assert.That(Text(help), Does.Contain("/learn start"));
            Assert.That(BlockText.Of(findings["blocks"]), Does.Contain(finding.Permalink!).And.Contain($"<@{LearningBed.Alice}>"));
        });

        // The facilitator may: the refusal was about the person, not the command.
        var resolvedByFacilitator = await _bed.LearnAsync("resolve", Facilitator, LearningBed.IncidentChannel);
        Assert.Multiple(() =>
        {
            Assert.That(Text(resolvedByFacilitator), Does.Contain("resolved"));
            Assert.That(_bed.Incidents.Find(incident.Id)!.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(_bed.Incidents.Find(incident.Id)!.ResolvedBy, Is.EqualTo(Facilitator));
        });
    }

    [TestCase("@sre-leads")]
    [TestCase("S0SRELEADS")]
    public async Task Members_of_a_facilitators_user_group_may_change_state_and_others_are_told_who_can(string entry)
    {
        _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Learn:Facilitators:0"] = entry }, arrange: slack =>
        {
            slack.AddChannel(WarRoom, "checkout-war-room", botIsMember: false);
            slack.AddUserGroup("S0SRELEADS", "sre-leads", LearningBed.Bob, LearningBed.Carol);
            slack.AddUserGroup("S0OTHERS", "payments", LearningBed.Alice);
        });

        var refused = await _bed.LearnAsync("start Checkout slow", LearningBed.Alice, WarRoom);
        Assert.Multiple(() =>
        {
            Assert.That(Text(refused), Does.Contain("Only facilitators").And.Contain("@sre-leads"), "says who can");
            Assert.That(Text(refused), Does.Not.Contain("<!subteam"), "names the group without pinging it");
            Assert.That(_bed.Incidents.ActiveIn(WarRoom), Is.Null);
        });

        var started = await _bed.LearnAsync("start Checkout slow", LearningBed.Bob, WarRoom);
        Assert.Multiple(() =>
        {
            Assert.That(Text(started), Does.Contain("Tracking"));
            Assert.That(_bed.Incidents.ActiveIn(WarRoom)?.StartedBy, Is.EqualTo(LearningBed.Bob));
            Assert.That(_bed.Slack.Calls("usergroups.users.list").Select(call => call.Args["usergroup"]!.GetValue<string>()), Has.All.EqualTo("S0SRELEADS"),
                "only the configured group is asked about");
        });

        // Within the cache's lifetime a second command asks Slack nothing more.
        var before = _bed.Slack.Calls("usergroups.users.list").Count;
        await _bed.LearnAsync("resolve", LearningBed.Carol, WarRoom);
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Incidents.Find(_bed.Incidents.All().Single().Id)!.ResolvedBy, Is.EqualTo(LearningBed.Carol));
            Assert.That(_bed.Slack.Calls("usergroups.users.list"), Has.Count.EqualTo(before));
        });
    }

    [Test]
    public async Task A_facilitator_group_Slack_will_not_describe_lets_nobody_in_but_listed_people()
    {
        // No such group in the workspace: usergroups.list knows no @ghosts.
        _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Learn:Facilitators:0"] = "@ghosts", ["Learn:Facilitators:1"] = Facilitator },
            arrange: slack => slack.AddUser(Facilitator, "fran", "Europe/Dublin"));
        var incident = await _bed.StartIncidentAsync();

        var refused = await _bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.IncidentChannel);
        var allowed = await _bed.LearnAsync("resolve", Facilitator, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(refused), Does.Contain("Only facilitators"));
            Assert.That(Text(allowed), Does.Contain("resolved"));
            Assert.That(_bed.Incidents.Find(incident.Id)!.ResolvedBy, Is.EqualTo(Facilitator));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    private async Task StartAsync(IDictionary<string, string?>? settings = null) =>
        _bed = await LearningBed.StartAsync(settings, arrange: slack =>
        {
            slack.AddUser(Facilitator, "fran", "Europe/Dublin");
            slack.AddChannel(WarRoom, "checkout-war-room", botIsMember: false);
        });

    /// <summary>Alice's message in the incident channel, kept as a finding by Bob's :bulb:.</summary>
    private async Task<Finding> CaptureFindingAsync()
    {
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice,
            "the trick is to drain the EU pool before restarting the cache, otherwise the warm-up takes twenty minutes");
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", _bed.Message(LearningBed.IncidentChannel, ts), _bed.NextEventTs()));
        var id = Finding.IdForMessage(LearningBed.IncidentChannel, ts);
        await Poll.UntilAsync(() => _bed.Findings.Find(id) is not null, LearningBed.Generous, "the finding to be recorded");
        return _bed.Findings.Find(id)!;
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
