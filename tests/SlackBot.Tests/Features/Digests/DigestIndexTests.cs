using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Features.Digests;

/// <summary>A digest reads a few weeks of a store that holds years: by an index on time, never a scan of the collection.</summary>
public sealed class DigestIndexTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Findings_by_creation_time_are_read_by_an_index_range()
    {
        using var database = LiteDbDatabase.InMemory();
        _ = new LiteDbFindingStore(database);

        var plan = database.Collection<Finding>(LiteDbCollections.Findings).Query().Where(LiteDbFindingStore.CreatedBetweenQuery(From, From.AddDays(7))).GetPlan();

        Assert.Multiple(() =>
        {
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(Finding.CreatedAt)));
            Assert.That(plan["index"]["mode"].AsString, Does.StartWith("INDEX RANGE SCAN"));
        });
    }

    [Test]
    public void Incidents_by_start_time_are_read_by_an_index_range()
    {
        using var database = LiteDbDatabase.InMemory();
        _ = new LiteDbIncidentStore(database);

        var plan = database.Collection<Incident>(LiteDbCollections.Incidents).Query().Where(LiteDbIncidentStore.StartedBetweenQuery(From, From.AddDays(7))).GetPlan();

        Assert.Multiple(() =>
        {
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(Incident.StartedAt)));
            Assert.That(plan["index"]["mode"].AsString, Does.StartWith("INDEX RANGE SCAN"));
        });
    }
}
