using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Learning;

/// <summary><c>/learn team</c>: tags as Slack sends them (user groups and channels escaped), removal, clearing, bad words.</summary>
public class TeamSubcommandTests
{
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task Teams_are_added_normalised_removed_and_cleared_and_a_bad_word_changes_nothing()
    {
        var incident = await _bed.StartIncidentAsync();

        var added = await _bed.LearnAsync("team <!subteam^S0PAYMENTS|@Payments>, #checkout <#C0CHAT|team-search>", LearningBed.Carol, LearningBed.IncidentChannel);
        var afterAdd = _bed.Incidents.Find(incident.Id)!.Teams;
        var removed = await _bed.LearnAsync("team -checkout payments", LearningBed.Carol, LearningBed.IncidentChannel);
        var afterRemove = _bed.Incidents.Find(incident.Id)!.Teams;
        var refused = await _bed.LearnAsync("team db <!channel>", LearningBed.Carol, LearningBed.IncidentChannel);
        var afterRefusal = _bed.Incidents.Find(incident.Id)!.Teams;
        var cleared = await _bed.LearnAsync("team none", LearningBed.Carol, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(afterAdd, Is.EqualTo(new[] { "payments", "checkout", "team-search" }));
            Assert.That(Text(added), Does.Contain("`payments`, `checkout`, `team-search`"));
            Assert.That(added["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(afterRemove, Is.EqualTo(new[] { "payments", "team-search" }));
            Assert.That(Text(removed), Does.Not.Contain("`checkout`"));
            Assert.That(Text(refused), Does.Contain("&lt;!channel&gt;").And.Contain("Nothing changed").And.Not.Contain("<!channel>"));
            Assert.That(afterRefusal, Is.EqualTo(afterRemove), "a bad word changes nothing, not even the good ones");
            Assert.That(_bed.Incidents.Find(incident.Id)!.Teams, Is.Empty);
            Assert.That(Text(cleared), Does.Contain("no team tags"));
        });
    }

    [Test]
    public async Task Team_without_an_incident_says_so()
    {
        var reply = await _bed.LearnAsync("team payments", LearningBed.Carol, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(reply), Does.Contain("has no incident yet"));
            Assert.That(_bed.Incidents.All(), Is.Empty);
        });
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
