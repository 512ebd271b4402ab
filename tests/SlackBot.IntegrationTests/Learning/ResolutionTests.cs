using SlackBot.Features.Incidents;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// What ends an incident besides <c>/learn resolve</c>: an incident tool's status post, archiving the channel. And what
/// does not: a person saying it is not resolved yet.
/// </summary>
public class ResolutionTests
{
    private const string StatusBotId = "B0INCBOT";
    private const string StatusBotUser = "U0INCBOT";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [TestCase(AppPostShape.BotUser)]
    [TestCase(AppPostShape.LegacyBotMessage)]
    public async Task Another_apps_status_post_resolves_the_incident(AppPostShape shape)
    {
        var incident = await _bed.StartIncidentAsync();
        var ts = _bed.NextEventTs();
        var post = SlackEvents.FromApp(shape, LearningBed.IncidentChannel, ts, "Resolved: checkout latency", StatusBotId, StatusBotUser, "incident.io");

        await _bed.SendEventAsync(post);
        await _bed.DrainAsync();

        var resolved = _bed.Incidents.Find(incident.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(resolved.ResolvedVia, Is.EqualTo(ResolutionSource.StatusBot));
            Assert.That(resolved.ResolvedBy, Is.EqualTo(shape == AppPostShape.LegacyBotMessage ? StatusBotId : StatusBotUser));
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, ts), Is.Null, "an app's post is not kept as something a person said");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Archiving_the_channel_resolves_its_incident()
    {
        var incident = await _bed.StartIncidentAsync();
        _bed.Slack.ArchiveChannel(LearningBed.IncidentChannel);

        await _bed.SendEventAsync(SlackEvents.ChannelArchive(LearningBed.IncidentChannel, LearningBed.Alice));
        await _bed.DrainAsync();

        var resolved = _bed.Incidents.Find(incident.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(resolved.ResolvedVia, Is.EqualTo(ResolutionSource.ChannelArchived));
            Assert.That(resolved.ResolvedBy, Is.EqualTo(LearningBed.Alice));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_person_saying_it_is_not_resolved_yet_keeps_the_incident_active_until_someone_says_it_is()
    {
        var incident = await _bed.StartIncidentAsync();

        var notYet = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, "not resolved yet, the EU shard is still slow");
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.IncidentMessages.Find(LearningBed.IncidentChannel, notYet), Is.Not.Null, "the message was read");
            Assert.That(_bed.Incidents.Find(incident.Id)!.Status, Is.EqualTo(IncidentStatus.Active));
        });

        // The same channel, the same path: a plain declaration does end it, so the message above was judged, not missed.
        await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, "all clear, closing the incident");
        await _bed.DrainAsync();

        var resolved = _bed.Incidents.Find(incident.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(resolved.ResolvedVia, Is.EqualTo(ResolutionSource.Message));
            Assert.That(resolved.ResolvedBy, Is.EqualTo(LearningBed.Bob));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
