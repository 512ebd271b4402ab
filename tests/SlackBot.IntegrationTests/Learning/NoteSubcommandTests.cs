using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Learn;
using SlackBot.Features.Learn.Subcommands;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.IntegrationTests.Learning;

/// <summary><c>/learn note</c>: a finding in the caller's own words, in an incident or outside any (a near miss).</summary>
public class NoteSubcommandTests
{
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_note_in_an_incident_channel_is_a_finding_of_that_incident_by_its_author_flagged_not_changed()
    {
        var incident = await _bed.StartIncidentAsync();
        const string Note = "we should have drained the EU pool first; the cache warm-up took twenty minutes";

        var reply = await _bed.LearnAsync("note " + Note, LearningBed.Bob, LearningBed.IncidentChannel);

        var finding = _bed.Findings.ForIncident(incident.Id).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Id, Does.StartWith("note:cmd:"), "keyed by the command's envelope");
            Assert.That(finding.Source, Is.EqualTo(FindingSource.Note));
            Assert.That(finding.Text, Is.EqualTo(Note), "kept as written");
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Bob));
            Assert.That(finding.ChannelId, Is.EqualTo(LearningBed.IncidentChannel));
            Assert.That(finding.FromPrivateChannel, Is.False);
            Assert.That(finding.BlameFlags, Does.Contain("counterfactual"), "hindsight is flagged for the digest");
            Assert.That(finding.Themes, Does.Contain("caches and queues"));
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(Text(reply), Does.Contain("drained the EU pool").And.Contain(LearningBed.IncidentChannelName));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_note_outside_any_incident_is_a_near_miss_with_no_incident()
    {
        var reply = await _bed.LearnAsync("note the deploy almost went to prod with the staging flag on; the diff view caught it", LearningBed.Alice, LearningBed.TeamChannel);

        var finding = _bed.Findings.All().Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.IncidentId, Is.Null, "a near miss needs no incident");
            Assert.That(finding.ChannelId, Is.EqualTo(LearningBed.TeamChannel));
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(finding.BlameFlags, Is.Empty);
            Assert.That(_bed.Incidents.All(), Is.Empty, "a note starts no incident");
            Assert.That(Text(reply), Does.Contain("not tied to an incident"));
        });
    }

    [Test]
    public async Task What_is_echoed_back_can_never_ping_or_link()
    {
        await _bed.StartIncidentAsync();

        // Slack escapes the command text: this is what arrives for "<!channel> see <https://evil.example|the fix>".
        var reply = await _bed.LearnAsync("note <!channel> see <https://evil.example|the fix> & more", LearningBed.Bob, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(reply), Does.Not.Contain("<!channel>").And.Not.Contain("<https://evil"));
            Assert.That(Text(reply), Does.Contain("@channel see the fix &amp; more"));
        });
    }

    [Test]
    public async Task A_replayed_command_records_one_finding()
    {
        var incident = await _bed.StartIncidentAsync();
        var command = new SlashCommand { Command = "/learn", Text = "note the runbook link was stale", UserId = LearningBed.Carol, ChannelId = LearningBed.IncidentChannel };
        var context = new DeliveryContext("cmd:replayed-trigger", DateTimeOffset.UtcNow, 0, "T0TEAM");

        foreach (var attempt in new[] { 1, 2 })
        {
            await using var scope = _bed.Bot.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NoteSubcommand>().HandleAsync(new LearnInvocation(command, context, "the runbook link was stale"), CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Findings.ForIncident(incident.Id), Has.Count.EqualTo(1));
            Assert.That(_bed.Findings.Find(Finding.IdForNote("cmd:replayed-trigger")), Is.Not.Null);
        });
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
