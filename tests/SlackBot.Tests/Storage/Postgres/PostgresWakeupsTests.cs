using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SlackBot.Storage;
using SlackBot.Scheduling;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.Outbox;
using SlackBot.Storage.Postgres;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>What one replica stores wakes the other's reader and sender; the provider registers its pipeline stores.</summary>
public sealed class PostgresWakeupsTests
{
    [Test]
    public async Task An_envelope_or_a_row_stored_by_one_replica_wakes_the_others_inbox_reader_and_outbox_sender()
    {
        await using var replicas = new PostgresReplicas();
        var listener = replicas.Start();
        var writer = replicas.Start();
        var inboxSignal = new InboxSignal();
        var outboxSignal = new OutboxSignal();
        // No poll within the test: only a notification can wake the signals.
        using var wakeups = new PostgresWakeups(listener.GetRequiredService<PostgresDatabase>(), inboxSignal, outboxSignal, NullLogger<PostgresWakeups>.Instance)
        {
            PollInterval = TimeSpan.FromHours(1),
        };
        using var stop = new CancellationTokenSource();
        await wakeups.StartAsync(stop.Token);
        try
        {
            // The first wake-up is the one on connecting (whatever was stored while nobody listened): once it came, LISTEN is on.
            await inboxSignal.WaitAsync(stop.Token).WaitAsync(TimeSpan.FromSeconds(30));
            await outboxSignal.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, stop.Token);
            var inboxWoken = inboxSignal.WaitAsync(stop.Token);
            var outboxWoken = outboxSignal.WaitAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);
            var inboxBeforeAppend = inboxWoken.IsCompleted;
            var outboxBeforeAdd = outboxWoken.IsCompleted;

            await writer.GetRequiredService<IEnvelopeInbox>().AppendAsync(Envelopes.Message("Ev1"), CancellationToken.None);
            writer.GetRequiredService<IOutboxStore>().Add(new OutboxMessage { Id = "row-1", Kind = OutboxKind.PostMessage, Channel = "C1", Payload = "{}" });
            await Task.WhenAll(inboxWoken, outboxWoken).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Multiple(() =>
            {
                Assert.That(inboxBeforeAppend, Is.False);
                Assert.That(outboxBeforeAdd, Is.False);
            });
        }
        finally
        {
            await stop.CancelAsync();
            await wakeups.StopAsync(CancellationToken.None);
        }
    }

    [Test]
    public async Task The_postgres_provider_registers_its_own_pipeline_stores_and_the_scheduler_keeps_them()
    {
        await using var replicas = new PostgresReplicas();
        var services = replicas.Start();
        Assert.Multiple(() =>
        {
            Assert.That(services.GetRequiredService<IEnvelopeInbox>(), Is.InstanceOf<PostgresInbox>().And.SameAs(services.GetRequiredService<IInboxRecords>()));
            Assert.That(services.GetRequiredService<IOutboxStore>(), Is.InstanceOf<PostgresOutboxStore>().And.SameAs(services.GetRequiredService<IOutboxRecords>()));
            Assert.That(services.GetRequiredService<IJobRunStore>(), Is.InstanceOf<PostgresJobRunStore>());
            Assert.That(services.GetServices<IHostedService>().OfType<PostgresWakeups>().Count(), Is.EqualTo(1));
        });

        // As the host registers them: storage first, then the scheduler, which only falls back to LiteDB.
        var registrations = new ServiceCollection().AddPostgresStorage().AddScheduler();
        Assert.That(registrations.Where(service => service.ServiceType == typeof(IJobRunStore)).Select(service => service.ImplementationType),
            Is.EqualTo(new[] { typeof(PostgresJobRunStore) }));
    }
}
