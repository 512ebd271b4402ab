using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SlackBot.Slack.Dispatch;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>A replica that loses its database stops acknowledging: the store fails, the dispatcher throws, the receiver answers 503.</summary>
public sealed class PostgresLostDatabaseTests
{
    [Test]
    public async Task Once_the_database_is_gone_a_delivery_is_not_acknowledged()
    {
        await using var replicas = new PostgresReplicas();
        var inbox = replicas.Start().GetRequiredService<IEnvelopeInbox>();
        var identity = new BotIdentityAccessor();
        identity.Set(new BotIdentity("U0BOT", "B0BOT", "T1"));
        var dispatcher = new SlackDispatcher(inbox, new InboxSignal(), new AckWaiters(), identity,
            Options.Create(new SlackDispatchOptions()), TimeProvider.System, NullLogger<SlackDispatcher>.Instance);
        var before = await dispatcher.DispatchAsync(Envelopes.Message("Ev1"), CancellationToken.None);

        replicas.DropDatabase();

        var failure = Assert.CatchAsync(() => dispatcher.DispatchAsync(Envelopes.Message("Ev2"), CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(before.Outcome, Is.EqualTo(DispatchOutcome.Accepted));
            Assert.That(failure, Is.InstanceOf<NpgsqlException>(), "a storage failure (the receivers answer 503 or do not ack), not a duplicate nor an acknowledgement");
        });
    }
}
