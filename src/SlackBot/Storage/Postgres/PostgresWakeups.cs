using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Outbound;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Wakes this replica's inbox reader and outbox sender when another replica stored an envelope or a row (LISTEN on
/// <see cref="PostgresInbox.NotifyChannel"/> and <see cref="PostgresOutboxStore.NotifyChannel"/>, on a connection of its
/// own), and wakes both every <see cref="PollInterval"/> regardless: a key freed by a replica that died, or a row whose
/// claim expired, sends no notification. A broken connection is reopened after a pause.
/// </summary>
public sealed partial class PostgresWakeups(
    PostgresDatabase database,
    InboxSignal inbox,
    OutboxSignal outbox,
    ILogger<PostgresWakeups> logger) : BackgroundService
{
    /// <summary>How often both are woken regardless of notifications (tests lengthen it to see the notifications alone).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1.5);

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                LogListenFailed(exception);
                // Meanwhile the readers still look now and then.
                WakeBoth();
                await Task.Delay(ReconnectDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await database.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, notification) =>
        {
            if (notification.Channel == PostgresInbox.NotifyChannel) inbox.Notify();
            else if (notification.Channel == PostgresOutboxStore.NotifyChannel) outbox.Notify();
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresInbox.NotifyChannel}; LISTEN {PostgresOutboxStore.NotifyChannel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);

        // Whatever was stored while nobody listened.
        WakeBoth();
        var lastPoll = Stopwatch.StartNew();
        while (!stoppingToken.IsCancellationRequested)
        {
            // By elapsed time, not by silence: a steady stream of one channel's notifications must not starve the poll.
            var left = PollInterval - lastPoll.Elapsed;
            if (left > TimeSpan.Zero) await connection.WaitAsync(left, stoppingToken);
            if (lastPoll.Elapsed < PollInterval) continue;
            WakeBoth();
            lastPoll.Restart();
        }
    }

    private void WakeBoth()
    {
        inbox.Notify();
        outbox.Notify();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other replicas' envelopes and messages failed; polling until it is back")]
    private partial void LogListenFailed(Exception exception);
}
