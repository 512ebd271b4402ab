using Microsoft.Extensions.DependencyInjection;
using SlackBot.Scheduling;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>Two replicas' schedulers on one record of runs: each period claimed by one, and live leases survive another's start-up.</summary>
public sealed class PostgresReplicaJobRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private PostgresReplicas _replicas = null!;

    [SetUp]
    public void CreateDatabase() => _replicas = new PostgresReplicas();

    [TearDown]
    public async Task DropDatabase() => await _replicas.DisposeAsync();

    [Test]
    public async Task Of_two_replicas_claiming_the_same_periods_at_once_exactly_one_gets_each()
    {
        var a = Runs(_replicas.Start());
        var b = Runs(_replicas.Start());

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(minute => Task.Run(async () =>
        {
            var period = Now.AddMinutes(minute);
            var both = await Task.WhenAll(
                Task.Run(() => a.TryClaimAsync("digest", period, "replica-a", Now, Now.AddMinutes(15))),
                Task.Run(() => b.TryClaimAsync("digest", period, "replica-b", Now, Now.AddMinutes(15))));
            return both.Where(claim => claim is not null).Select(claim => claim!).ToList();
        })));

        Assert.Multiple(async () =>
        {
            Assert.That(claims.Select(won => won.Count), Is.All.EqualTo(1));
            foreach (var won in claims.Select(list => list.Single()))
                Assert.That((await a.FindAsync("digest", won.Period))!.Owner, Is.EqualTo(won.Owner), "the record names the winner");
        });
    }

    [Test]
    public async Task A_replica_starting_up_interrupts_only_runs_whose_lease_has_expired()
    {
        var a = Runs(_replicas.Start());
        var b = Runs(_replicas.Start());
        await a.TryClaimAsync("digest", Now.AddMinutes(-1), "replica-a", Now, Now.AddMinutes(15));
        await a.TryClaimAsync("review", Now.AddMinutes(-1), "crashed-replica", Now.AddMinutes(-20), Now.AddMinutes(-5));

        var recovered = await b.RecoverInterruptedAsync(Now.AddMinutes(1));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(recovered, Is.EqualTo(1));
            Assert.That((await b.FindAsync("digest", Now.AddMinutes(-1)))!.Status, Is.EqualTo(JobRunStatus.Running), "A is alive and still holds it");
            Assert.That((await b.FindAsync("review", Now.AddMinutes(-1)))!.Status, Is.EqualTo(JobRunStatus.Interrupted));
            Assert.That(await b.TryClaimAsync("digest", Now.AddMinutes(-1), "replica-b", Now.AddMinutes(1), Now.AddMinutes(16)), Is.Null);
        });
    }

    private static IJobRunStore Runs(ServiceProvider services) => services.GetRequiredService<IJobRunStore>();
}
