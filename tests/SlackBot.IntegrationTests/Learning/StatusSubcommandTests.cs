using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Learning;

/// <summary><c>/learn status</c> from the incident's own channel and from another channel naming it, as Slack escapes it.</summary>
public class StatusSubcommandTests
{
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task Status_shows_state_moments_questions_people_and_teams_privately()
    {
        await _bed.StartIncidentAsync();
        await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        await _bed.PostMomentAsync(LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind");
        await _bed.LearnAsync("team payments", LearningBed.Carol, LearningBed.IncidentChannel);

        var here = await _bed.LearnAsync("status", LearningBed.Alice, LearningBed.IncidentChannel);
        var fromElsewhere = await _bed.LearnAsync($"status <#{LearningBed.IncidentChannel}|{LearningBed.IncidentChannelName}>", LearningBed.Bob, LearningBed.TeamChannel);
        var confused = await _bed.LearnAsync("status please", LearningBed.Bob, LearningBed.IncidentChannel);

        var blocks = BlockText.Of(here["blocks"]);
        Assert.Multiple(() =>
        {
            Assert.That(here["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(blocks, Does.Contain("Status: #" + LearningBed.IncidentChannelName));
            Assert.That(blocks, Does.Contain("*Active*").And.Contain("none while it is active"));
            Assert.That(blocks, Does.Contain("*Moments:* 2"));
            Assert.That(blocks, Does.Contain("*Questions asked:* none yet"));
            Assert.That(blocks, Does.Contain("*Findings:* 0"));
            Assert.That(blocks, Does.Contain($"*People:* 3: <@{LearningBed.Carol}>, <@{LearningBed.Alice}>, <@{LearningBed.Bob}>"), "in the order they first wrote");
            Assert.That(blocks, Does.Contain("`payments`"));
            Assert.That(BlockText.Of(fromElsewhere["blocks"]), Is.EqualTo(blocks), "the same incident, named from another channel");
            Assert.That(Text(confused), Does.Contain("please").And.Contain("/learn status [#channel]"));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task After_resolution_status_says_how_long_it_lasted_and_counts_the_questions()
    {
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);
        await _bed.WaitForPostedQuestionAsync(moment);

        var reply = await _bed.LearnAsync("status", LearningBed.Alice, LearningBed.IncidentChannel);

        var blocks = BlockText.Of(reply["blocks"]);
        Assert.Multiple(() =>
        {
            Assert.That(blocks, Does.Contain("*Resolved*").And.Contain("lasted").And.Contain($"by <@{LearningBed.Carol}>"));
            Assert.That(blocks, Does.Contain("1 asked · 0 answered · 1 awaiting an answer · 0 declined"));
            Assert.That(blocks, Does.Contain("every planned question has gone out"));
        });
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
