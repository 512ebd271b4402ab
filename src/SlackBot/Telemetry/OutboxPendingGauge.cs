using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using SlackBot.Slack.Telemetry;
using SlackBot.Storage.Outbox;

namespace SlackBot.Telemetry;

/// <summary>
/// <c>slackbot_outbox_pending</c>: the rows waiting to be sent, read from the store when a collector asks. The count
/// comes from an index, and a reading is reused for a second so that several scrapers (or a fast OTLP interval) do
/// not each query storage. A hosted service only so that the gauge exists from start-up; it runs nothing.
/// </summary>
public sealed class OutboxPendingGauge : IHostedService
{
    private static readonly long ReuseFor = 1000;

    private readonly IOutboxRecords _outbox;
    private readonly Lock _gate = new();
    private long _readAt = long.MinValue;
    private int? _last;

    public OutboxPendingGauge(IMeterFactory meterFactory, IOutboxRecords outbox)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _outbox = outbox;
        meterFactory.Create(SlackMetrics.MeterName)
            .CreateObservableGauge("slackbot_outbox_pending", Observe, description: "Outbox rows waiting to be sent (due now or backing off).");
    }

    private IEnumerable<Measurement<long>> Observe()
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (_last is null || now - _readAt >= ReuseFor)
            {
                try
                {
                    _last = _outbox.CountPending();
                    _readAt = now;
                }
                catch (Exception)
                {
                    // Storage unavailable: report nothing rather than a wrong number; /healthz says why.
                    _last = null;
                }
            }

            return _last is { } pending ? [new Measurement<long>(pending)] : [];
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
