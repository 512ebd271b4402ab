using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Ideas;
using SlackBot.Features.Review;

namespace SlackBot.IntegrationTests.Learning;

/// <summary><c>/learn idea</c> and <c>/learn ideas</c>: fix ideas parked apart from the findings, and shown in the export.</summary>
public class IdeaSubcommandTests
{
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    private IIdeaStore Ideas => _bed.Bot.Services.GetRequiredService<IIdeaStore>();

    [Test]
    public async Task An_idea_is_parked_for_the_incident_apart_from_the_findings_and_listed_by_ideas()
    {
        var incident = await _bed.StartIncidentAsync();

        var parked = await _bed.LearnAsync("idea alert on replica lag before the pool saturates", LearningBed.Alice, LearningBed.IncidentChannel);
        await _bed.LearnAsync("idea <!here> a runbook step for draining the EU pool", LearningBed.Bob, LearningBed.IncidentChannel);
        var listed = await _bed.LearnAsync("ideas", LearningBed.Carol, LearningBed.TeamChannel);
        var named = await _bed.LearnAsync($"ideas <#{LearningBed.IncidentChannel}|{LearningBed.IncidentChannelName}>", LearningBed.Carol, LearningBed.TeamChannel);

        var ideas = await Ideas.ForIncidentAsync(incident.Id, CancellationToken.None);
        var blocks = BlockText.Of(named["blocks"]);
        Assert.Multiple(() =>
        {
            Assert.That(ideas.Select(idea => idea.AuthorId), Is.EqualTo(new[] { LearningBed.Alice, LearningBed.Bob }));
            Assert.That(ideas[0].Id, Does.StartWith("idea:cmd:"));
            Assert.That(ideas[0].Text, Is.EqualTo("alert on replica lag before the pool saturates"));
            Assert.That(_bed.Findings.All(), Is.Empty, "an idea is not a finding");
            Assert.That(Text(parked), Does.Contain("alert on replica lag").And.Contain(LearningBed.IncidentChannelName));
            Assert.That(Text(listed), Does.Contain("has no incident"), "the team channel has none of its own");
            Assert.That(Text(named), Does.Contain("2 fix idea(s)"));
            Assert.That(blocks, Does.Contain("alert on replica lag").And.Contain("draining the EU pool"));
            Assert.That(blocks, Does.Contain($"<@{LearningBed.Alice}>").And.Contain($"<@{LearningBed.Bob}>"));
            Assert.That(blocks, Does.Not.Contain("<!here>"), "what people typed never pings");
            Assert.That(named["blocks"]!.AsArray(), Has.Count.LessThanOrEqualTo(50));
        });
    }

    [Test]
    public async Task An_idea_outside_any_incident_is_refused_and_nothing_is_kept()
    {
        var reply = await _bed.LearnAsync("idea retire the old deploy script", LearningBed.Alice, LearningBed.TeamChannel);

        Assert.Multiple(async () =>
        {
            Assert.That(Text(reply), Does.Contain("kept with an incident").And.Contain("/learn note"));
            Assert.That(await Ideas.AllAsync(CancellationToken.None), Is.Empty);
        });
    }

    [Test]
    public async Task The_incidents_ideas_are_in_the_review_material_and_the_export()
    {
        var incident = await _bed.StartIncidentAsync();
        await _bed.LearnAsync("idea alert on replica lag before the pool saturates", LearningBed.Alice, LearningBed.IncidentChannel);

        var source = _bed.Bot.Services.GetRequiredService<IReviewMaterialSource>();
        var material = (await source.LoadAsync(incident.Id, CancellationToken.None))!;
        var export = IncidentExportComposer.Compose(material, await source.NamesAsync(material, CancellationToken.None), DateTimeOffset.UtcNow);

        Assert.Multiple(() =>
        {
            Assert.That(material.Ideas.Select(idea => (idea.Text, idea.AuthorId)), Is.EqualTo(new[] { ("alert on replica lag before the pool saturates", LearningBed.Alice) }));
            Assert.That(export.Markdown, Does.Contain("## Fix ideas (parking lot)"));
            Assert.That(export.Markdown, Does.Contain("alert on replica lag before the pool saturates — alice"));
        });
    }

    [Test]
    public async Task Ideas_are_capped_with_how_many_more_there_are()
    {
        var incident = await _bed.StartIncidentAsync();
        for (var i = 0; i < IdeasCount; i++)
        {
            await Ideas.SaveAsync(new Idea
            {
                Id = Idea.IdFor("cmd:" + i), IncidentId = incident.Id, Text = "idea number " + i, AuthorId = LearningBed.Bob,
                ChannelId = LearningBed.IncidentChannel, CreatedAt = incident.StartedAt.AddMinutes(i),
            }, CancellationToken.None);
        }

        var reply = await _bed.LearnAsync("ideas", LearningBed.Carol, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(reply["blocks"]!.AsArray(), Has.Count.LessThanOrEqualTo(50));
            Assert.That(BlockText.Of(reply["blocks"]), Does.Contain($"…and {IdeasCount - 20} more"));
        });
    }

    private const int IdeasCount = 30;

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
