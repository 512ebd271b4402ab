using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Outbound;
using SlackBot.Slack.Telemetry;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Telemetry;

/// <summary>
/// The dispatcher counts every delivery by kind and transport and every repeat it drops; a receipt span's traceparent
/// travels with the stored envelope, and what is enqueued under one of the bot's spans carries that span's.
/// </summary>
public sealed class DispatchTelemetryTests
{
    private ServiceProvider _services = null!;
    private LiteDbDatabase _database = null!;
    private LiteDbInbox _inbox = null!;
    private SlackDispatcher _dispatcher = null!;

    [SetUp]
    public void SetUp()
    {
        _services = new ServiceCollection().AddSlackMetrics().BuildServiceProvider();
        _database = LiteDbDatabase.InMemory();
        _inbox = new LiteDbInbox(_database, NullLogger<LiteDbInbox>.Instance);
        var identity = new BotIdentityAccessor();
        identity.Set(new BotIdentity("U0BOT", "B0BOT", "T1"));
        _dispatcher = new SlackDispatcher(_inbox, new InboxSignal(), new AckWaiters(), identity,
            Options.Create(new SlackDispatchOptions()), TimeProvider.System, NullLogger<SlackDispatcher>.Instance,
            _services.GetRequiredService<SlackMetrics>());
    }

    [TearDown]
    public async Task TearDown()
    {
        await _inbox.DisposeAsync();
        _database.Dispose();
        await _services.DisposeAsync();
    }

    private MetricCollector<long> Collect(string instrument) =>
        new(_services.GetRequiredService<IMeterFactory>(), SlackMetrics.MeterName, instrument);

    [Test]
    public async Task Every_delivery_counts_as_received_by_kind_and_transport_and_a_retry_also_as_deduplicated()
    {
        using var received = Collect("slackbot_events_received");
        using var deduplicated = Collect("slackbot_events_deduplicated");

        await _dispatcher.DispatchAsync(Envelopes.Message("Ev1") with { Transport = "http" }, CancellationToken.None);
        await _dispatcher.DispatchAsync(Envelopes.Message("Ev1") with { Transport = "http", RetryAttempt = 1 }, CancellationToken.None);
        await _dispatcher.DispatchAsync(Envelopes.Message("Ev2") with { Transport = "socket" }, CancellationToken.None);

        var byTags = received.GetMeasurementSnapshot()
            .Select(measurement => $"{measurement.Tags["kind"]}/{measurement.Tags["transport"]}")
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(byTags, Is.EqualTo(new[] { "event/http", "event/http", "event/socket" }));
            Assert.That(deduplicated.GetMeasurementSnapshot().Sum(measurement => measurement.Value), Is.EqualTo(1));
            Assert.That(_inbox.All(), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Without_a_listener_no_span_is_made_and_no_traceparent_is_stored()
    {
        using var receipt = SlackActivities.StartReceipt("http");
        await _dispatcher.DispatchAsync(SlackActivities.Carry(receipt, Envelopes.Message("Ev1")), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(receipt, Is.Null);
            Assert.That(_inbox.Find("ev:Ev1")!.TraceParent, Is.Null);
        });
    }

    [Test]
    public async Task The_receipts_traceparent_is_stored_and_the_processing_span_continues_its_trace()
    {
        using var listener = ListenToTheBot();

        string receiptTrace;
        using (var receipt = SlackActivities.StartReceipt("socket"))
        {
            receiptTrace = receipt!.TraceId.ToHexString();
            await _dispatcher.DispatchAsync(SlackActivities.Carry(receipt, Envelopes.Message("Ev1")), CancellationToken.None);
        }

        var stored = _inbox.ReadPending(0, 10).Single().Envelope;
        using var processing = SlackActivities.StartProcessing(stored);
        var enqueued = SlackBot.Storage.Outbox.Outbox.Stamp(new OutboxMessage { Id = "row-1" }, DateTimeOffset.UnixEpoch);
        using var send = SlackActivities.StartOutboxSend(enqueued);

        Assert.Multiple(() =>
        {
            Assert.That(stored.TraceParent, Does.StartWith($"00-{receiptTrace}-"));
            Assert.That(processing!.TraceId.ToHexString(), Is.EqualTo(receiptTrace));
            Assert.That(processing.ParentSpanId.ToHexString(), Is.EqualTo(stored.TraceParent!.Split('-')[2]), "the receipt is the parent");
            Assert.That(enqueued.TraceParent, Is.EqualTo(processing.Id), "the row carries the processing span");
            Assert.That(send!.TraceId.ToHexString(), Is.EqualTo(receiptTrace));
            Assert.That(send.ParentSpanId, Is.EqualTo(processing.SpanId));
        });
    }

    [Test]
    public void An_unreadable_traceparent_starts_a_new_trace_instead_of_failing()
    {
        using var listener = ListenToTheBot();

        using var processing = SlackActivities.StartProcessing(Envelopes.Message("Ev1") with { TraceParent = "not-a-traceparent" });

        Assert.Multiple(() =>
        {
            Assert.That(processing, Is.Not.Null);
            Assert.That(processing!.ParentSpanId, Is.EqualTo(default(ActivitySpanId)));
        });
    }

    private static ActivityListener ListenToTheBot()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SlackMetrics.MeterName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
