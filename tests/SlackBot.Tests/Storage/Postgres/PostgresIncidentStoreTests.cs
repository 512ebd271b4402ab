using System.Text.Json;
using SlackBot.Features.Incidents;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>What the planning job reads on PostgreSQL: resolved live incidents whose questions are not planned yet.</summary>
public sealed class PostgresIncidentStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private PostgresTestStorage _storage = null!;

    [SetUp]
    public void Start() => _storage = new PostgresTestStorage();

    [TearDown]
    public async Task Stop() => await _storage.DisposeAsync();

    [Test]
    public async Task Incidents_awaiting_questions_are_the_unplanned_live_resolved_ones_by_then_oldest_resolution_first()
    {
        var incidents = _storage.Get<IIncidentStore>();
        // Documents.Incident resolves two hours after the start.
        var later = Documents.Incident("C1", T0.AddHours(1), IncidentStatus.Resolved);
        var earlier = Documents.Incident("C2", T0.AddHours(5), IncidentStatus.Resolved) with { ResolvedAt = T0.AddHours(2) };
        await incidents.SaveAsync(later, None);
        await incidents.SaveAsync(earlier, None);
        await incidents.SaveAsync(Documents.Incident("C3", T0, IncidentStatus.Resolved) with { QuestionsPlannedAt = T0.AddHours(3) }, None);
        await incidents.SaveAsync(Documents.Incident("C4", T0, IncidentStatus.Resolved) with { Origin = IncidentOrigin.Import }, None);
        await incidents.SaveAsync(Documents.Incident("C5", T0), None);
        await incidents.SaveAsync(Documents.Incident("C6", T0, IncidentStatus.Reviewed), None);
        await incidents.SaveAsync(Documents.Incident("C7", T0.AddDays(1), IncidentStatus.Resolved), None);

        var awaiting = await incidents.AwaitingQuestionsAsync(T0.AddHours(3), None);

        Assert.Multiple(() =>
        {
            Assert.That(awaiting.Select(incident => incident.ChannelId), Is.EqualTo(new[] { "C2", "C1" }));
            Assert.That(JsonSerializer.Serialize(awaiting[1]), Is.EqualTo(JsonSerializer.Serialize(later)));
        });
    }

    [Test]
    public async Task Planning_an_incident_takes_it_off_the_list()
    {
        var incidents = _storage.Get<IIncidentStore>();
        var incident = Documents.Incident("C1", T0, IncidentStatus.Resolved);
        await incidents.SaveAsync(incident, None);

        await incidents.SaveAsync(incident with { QuestionsPlannedAt = T0.AddHours(3) }, None);

        Assert.That(await incidents.AwaitingQuestionsAsync(T0.AddDays(1), None), Is.Empty);
    }
}
