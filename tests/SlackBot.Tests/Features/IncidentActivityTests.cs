using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Storage.LiteDb;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Features;

/// <summary>
/// The last sign of life the quiet-incident job reads: kept to within a minute of the default 12-hour quiet period, so
/// a busy channel does not rewrite its incident on every message, and never moved backwards.
/// </summary>
public class IncidentActivityTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private LiteDbDatabase _database = null!;
    private LiteDbIncidentStore _store = null!;

    [SetUp]
    public void SetUp()
    {
        _database = LiteDbDatabase.InMemory();
        _store = new LiteDbIncidentStore(_database);
    }

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task Messages_within_a_minute_of_the_recorded_one_leave_the_incident_as_it_is_and_a_later_one_moves_it_on()
    {
        var service = Service(new IncidentOptions());
        var incident = await StartedAsync();

        await service.RecordHumanMessageAsync(incident, Start.AddSeconds(30), CancellationToken.None);
        var afterThirtySeconds = await _store.FindAsync(incident.Id, CancellationToken.None);
        await service.RecordHumanMessageAsync(afterThirtySeconds!, Start.AddSeconds(75), CancellationToken.None);
        var afterSeventyFive = await _store.FindAsync(incident.Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(afterThirtySeconds!.LastHumanMessageAt, Is.EqualTo(Start));
            Assert.That(afterSeventyFive!.LastHumanMessageAt, Is.EqualTo(Start.AddSeconds(75)));
        });
    }

    [Test]
    public async Task A_short_quiet_period_keeps_a_finer_record()
    {
        var service = Service(new IncidentOptions { QuietPeriod = TimeSpan.FromMinutes(12) });
        var incident = await StartedAsync();

        await service.RecordHumanMessageAsync(incident, Start.AddSeconds(2), CancellationToken.None);

        Assert.That((await _store.FindAsync(incident.Id, CancellationToken.None))!.LastHumanMessageAt, Is.EqualTo(Start.AddSeconds(2)), "12 minutes / 720 is one second");
    }

    private async Task<Incident> StartedAsync()
    {
        var incident = IncidentLifecycle.Start("C0INC1", "inc-1", false, Start, IncidentOrigin.ChannelName) with { LastHumanMessageAt = Start };
        await _store.SaveAsync(incident, CancellationToken.None);
        return incident;
    }

    private IncidentService Service(IncidentOptions options) =>
        new(_store, new ChannelDirectory(new LiteDbChannelCache(_database), new ScriptedSlackApi(), new FakeTimeProvider(Start)), Options.Create(options), NullLogger<IncidentService>.Instance);
}
