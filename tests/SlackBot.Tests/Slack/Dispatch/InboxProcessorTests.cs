using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SlackBot.Storage.LiteDb;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;
using SlackBot.Storage.Inbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Slack.Dispatch;

/// <summary>
/// The inbox worker over a real LiteDB inbox and the real router: each channel's envelopes take effect one at a time
/// in the order they were acknowledged, channels do not wait for each other, and a restart resumes in that order.
/// </summary>
public class InboxProcessorTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private TempDirectory _directory = null!;
    private LiteDbDatabase _database = null!;
    private LiteDbInbox _inbox = null!;
    private Journal _journal = null!;
    private RecordingOutbox _outbox = null!;
    private AckWaiters _waiters = null!;
    private InboxSignal _signal = null!;
    private InboxPace _pace = null!;
    private ServiceProvider _services = null!;
    private InboxProcessor? _processor;
    private int _events;

    [SetUp]
    public void SetUp()
    {
        _directory = new TempDirectory();
        _journal = new Journal();
        _outbox = new RecordingOutbox();
        _waiters = new AckWaiters();
        _signal = new InboxSignal();
        _pace = new InboxPace();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton(_journal);
        services.AddSlackListeners().OnMessage<GatedMessageListener>().OnCommand<ChannelCommand>("/learn");
        services.AddSingleton<SlackRouter>();
        _services = services.BuildServiceProvider();
        OpenInbox();
    }

    [TearDown]
    public async Task TearDown()
    {
        _journal.ReleaseAll();
        await StopProcessorAsync();
        await CloseInboxAsync();
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Each_channels_envelopes_run_one_at_a_time_in_the_order_they_were_stored()
    {
        var stored = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["C1"] = [], ["C2"] = [], ["C3"] = [] };
        for (var i = 0; i < 20; i++)
        {
            foreach (var channel in stored.Keys)
            {
                var text = $"{channel}-{i:D2}";
                stored[channel].Add(text);
                await AppendMessageAsync(channel, text);
            }
        }

        await StartProcessorAsync();
        await Poll.UntilAsync(() => _journal.Finished.Count == 60, Generous, "all 60 messages");
        // Each completion is written just after its listener returns.
        await Poll.UntilAsync(() => _inbox.All().All(record => record.Status == InboxStatus.Processed), Generous, "all 60 marked processed");

        Assert.Multiple(() =>
        {
            foreach (var (channel, texts) in stored)
                Assert.That(_journal.FinishedIn(channel), Is.EqualTo(texts), $"{channel} in the order stored");
            Assert.That(_journal.MostAtOnceInOneChannel, Is.EqualTo(1), "never two of one channel at the same time");
        });
    }

    [Test]
    public async Task A_channel_with_a_slow_message_does_not_hold_up_another_channel()
    {
        _journal.Hold("C1-slow");
        await AppendMessageAsync("C1", "C1-slow");
        await AppendMessageAsync("C1", "C1-after");
        await AppendMessageAsync("C2", "C2-meanwhile");

        await StartProcessorAsync();
        await Poll.UntilAsync(() => _journal.FinishedIn("C2").Contains("C2-meanwhile"), Generous, "C2's message");
        // The lanes run side by side: C2 may finish before C1's lane has even begun its held message.
        await Poll.UntilAsync(() => _journal.Started.Contains("C1-slow"), Generous, "C1's message under way");

        Assert.Multiple(() =>
        {
            Assert.That(_journal.FinishedIn("C1"), Is.Empty, "and still not done");
            Assert.That(_journal.Started, Does.Not.Contain("C1-after"), "C1's next one waits for it");
        });

        _journal.Release("C1-slow");
        await Poll.UntilAsync(() => _journal.FinishedIn("C1").Count == 2, Generous, "C1's messages");
        Assert.That(_journal.FinishedIn("C1"), Is.EqualTo(new[] { "C1-slow", "C1-after" }));
    }

    [Test]
    public async Task A_command_waits_for_its_channels_earlier_messages_but_not_for_other_channels()
    {
        _journal.Hold("C1-before-resolve");
        await AppendMessageAsync("C1", "C1-before-resolve");
        var commandInOne = await AppendCommandAsync("C1");
        var commandInTwo = await AppendCommandAsync("C2");

        await StartProcessorAsync();
        await Poll.UntilAsync(() => _journal.Commands.Contains("C2"), Generous, "the command in C2");
        // Its completion is written just after the handler returns.
        await Poll.UntilAsync(() => _inbox.Find(commandInTwo.Id)!.Status == InboxStatus.Processed, Generous, "the command in C2 marked processed");
        Assert.Multiple(() =>
        {
            Assert.That(_journal.Commands, Does.Not.Contain("C1"), "C1's command waits for the message typed before it");
            Assert.That(_inbox.Find(commandInOne.Id)!.Status, Is.EqualTo(InboxStatus.Pending));
            Assert.That(_inbox.Find(commandInTwo.Id)!.Status, Is.EqualTo(InboxStatus.Processed));
        });

        _journal.Release("C1-before-resolve");
        await Poll.UntilAsync(() => _journal.Commands.Contains("C1"), Generous, "the command in C1");
        Assert.That(_journal.CommandSaw["C1"], Is.EqualTo(new[] { "C1-before-resolve" }), "the command saw the message typed before it");
    }

    [Test]
    public async Task A_command_whose_acknowledgement_went_out_without_its_answer_is_answered_through_its_response_url()
    {
        _journal.Hold("C1-slow");
        await AppendMessageAsync("C1", "C1-slow");
        var command = Envelopes.Command("resolve", triggerId: "trigger-late", channel: "C1");
        using var waiter = _waiters.Register(command.Id);
        Assert.That(await _inbox.AppendAsync(command, CancellationToken.None), Is.True);

        await StartProcessorAsync();
        // The receiver gives up waiting (Slack's 3 s have passed) while the channel's earlier message still runs.
        var (answered, _) = await waiter.WaitAsync(TimeSpan.FromMilliseconds(50), TimeProvider.System, CancellationToken.None);
        Assert.That(answered, Is.False);

        _journal.Release("C1-slow");
        await Poll.UntilAsync(() => _outbox.Messages.Count == 1, Generous, "the late answer");

        var reply = _outbox.Messages.Single();
        var payload = JsonNode.Parse(reply.Payload)!;
        Assert.Multiple(() =>
        {
            Assert.That(reply.Kind, Is.EqualTo(OutboxKind.ResponseUrl));
            Assert.That(reply.Id, Is.EqualTo("reply:" + command.Id));
            Assert.That(payload["url"]!.GetValue<string>(), Is.EqualTo("https://hooks.example/r/1"));
            Assert.That(payload["message"]!["text"]!.GetValue<string>(), Is.EqualTo("C1 saw: C1-slow"), "answered after the earlier message, having seen it");
        });
    }

    [Test]
    public async Task After_a_restart_pending_envelopes_resume_in_each_channels_order()
    {
        _journal.Hold("C1-a");
        await AppendMessageAsync("C1", "C1-a");
        await AppendMessageAsync("C1", "C1-b");
        await AppendMessageAsync("C2", "C2-x");
        await AppendCommandAsync("C1");
        await StartProcessorAsync();
        await Poll.UntilAsync(() => _journal.FinishedIn("C2").Count == 1 && _journal.Started.Contains("C1-a"), Generous, "C2 done, C1 under way");

        // The host stops while C1's first message is still in flight: nothing of C1 has taken effect.
        await StopProcessorAsync();
        await CloseInboxAsync();
        Assert.That(_journal.FinishedIn("C1"), Is.Empty);

        _journal.ReleaseAll();
        OpenInbox();
        await StartProcessorAsync();
        await Poll.UntilAsync(() => _journal.Commands.Contains("C1"), Generous, "C1 resumed through its command");
        await Poll.UntilAsync(() => _inbox.All().All(record => record.Status == InboxStatus.Processed), Generous, "everything marked processed");

        Assert.Multiple(() =>
        {
            Assert.That(_journal.FinishedIn("C1"), Is.EqualTo(new[] { "C1-a", "C1-b" }), "resumed in the order stored");
            Assert.That(_journal.CommandSaw["C1"], Is.EqualTo(new[] { "C1-a", "C1-b" }), "the command still comes after them");
            Assert.That(_journal.FinishedIn("C2"), Is.EqualTo(new[] { "C2-x" }), "what was done is not done again");
        });
    }

    private void OpenInbox()
    {
        _database = LiteDbDatabase.OpenFile(_directory.File("inbox.db"));
        _inbox = new LiteDbInbox(_database, NullLogger<LiteDbInbox>.Instance);
    }

    private async Task CloseInboxAsync()
    {
        await _inbox.DisposeAsync();
        _database.Dispose();
    }

    private async Task StartProcessorAsync()
    {
        _processor = new InboxProcessor(_inbox, _signal, _services.GetRequiredService<SlackRouter>(), _waiters, _outbox,
            Options.Create(new SlackDispatchOptions { InboxWorkers = 4 }), TimeProvider.System, NullLogger<InboxProcessor>.Instance, pace: _pace);
        await _processor.StartAsync(CancellationToken.None);
    }

    private async Task StopProcessorAsync()
    {
        if (_processor is null) return;
        await _processor.StopAsync(CancellationToken.None);
        _processor.Dispose();
        _processor = null;
    }

    private async Task AppendMessageAsync(string channel, string text)
    {
        var envelope = Envelopes.Message($"Ev{Interlocked.Increment(ref _events):D4}", text: text, channel: channel);
        Assert.That(await _inbox.AppendAsync(envelope, CancellationToken.None), Is.True);
        _signal.Notify();
    }

    private async Task<SlackEnvelope> AppendCommandAsync(string channel)
    {
        var envelope = Envelopes.Command("resolve", triggerId: $"trigger-{channel}-{Interlocked.Increment(ref _events)}", channel: channel);
        Assert.That(await _inbox.AppendAsync(envelope, CancellationToken.None), Is.True);
        _signal.Notify();
        return envelope;
    }

    [Test]
    public async Task A_command_with_many_of_its_channels_envelopes_ahead_is_released_at_once_and_answered_later()
    {
        _journal.Hold("C1-stuck");
        await AppendMessageAsync("C1", "C1-stuck");
        for (var i = 0; i < 70; i++) await AppendMessageAsync("C1", $"C1-{i:D2}");
        var busy = Envelopes.Command("resolve", triggerId: "trigger-busy", channel: "C1");
        var quiet = Envelopes.Command("resolve", triggerId: "trigger-quiet", channel: "C2");
        using var busyWaiter = _waiters.Register(busy.Id);
        using var quietWaiter = _waiters.Register(quiet.Id);
        Assert.That(await _inbox.AppendAsync(busy, CancellationToken.None), Is.True);
        Assert.That(await _inbox.AppendAsync(quiet, CancellationToken.None), Is.True);

        await StartProcessorAsync();
        // 30 s: the busy channel's command comes back long before, although its channel is still stuck.
        var (busyAnswered, _) = await busyWaiter.WaitAsync(Generous, TimeProvider.System, CancellationToken.None);
        var (quietAnswered, quietReply) = await quietWaiter.WaitAsync(Generous, TimeProvider.System, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(busyAnswered, Is.False);
            Assert.That(busyWaiter.Deferred, Is.True, "released by the worker, not by the budget");
            Assert.That(_journal.Commands, Does.Not.Contain("C1"), "and not run out of its turn");
            Assert.That(quietAnswered, Is.True, "a command with nothing ahead still answers in the acknowledgement");
            Assert.That(quietReply!["text"]!.GetValue<string>(), Is.EqualTo("C2 saw: "));
        });

        _journal.Release("C1-stuck");
        await Poll.UntilAsync(() => _outbox.Messages.Count == 1, Generous, "the busy command's answer");
        Assert.That(JsonNode.Parse(_outbox.Messages.Single().Payload)!["message"]!["text"]!.GetValue<string>(), Does.StartWith("C1 saw: C1-stuck, C1-00"),
            "answered through response_url in its turn, after all 71 messages");
        Assert.That(_journal.CommandSaw["C1"], Has.Count.EqualTo(71));
    }

    [Test]
    public async Task The_pace_reads_behind_while_more_is_stored_than_the_backlog_holds_and_caught_up_once_all_is_read()
    {
        _journal.Hold("C1-stuck");
        await AppendMessageAsync("C1", "C1-stuck");
        // More than the reader holds at once (1,024): the rest waits in the inbox behind the stuck message.
        await Task.WhenAll(Enumerable.Range(0, 1100).Select(i => AppendMessageAsync("C1", $"C1-{i:D4}")));

        await StartProcessorAsync();
        await Poll.UntilAsync(() => _pace.IsBehind, Generous, "the reader to find its backlog full");
        Assert.That(_journal.Finished, Is.Empty, "nothing could run past the stuck message");

        _journal.Release("C1-stuck");
        await Poll.UntilAsync(() => _journal.Finished.Count == 1101, Generous, "every message");
        await Poll.UntilAsync(() => !_pace.IsBehind, Generous, "the reader to catch up");
    }

    /// <summary>What the listeners did, and gates that hold a message's processing until the test releases it.</summary>
    public sealed class Journal
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
        private int _mostAtOnce;

        public ConcurrentQueue<string> Started { get; } = new();
        public ConcurrentQueue<(string Channel, string Text)> Finished { get; } = new();
        public ConcurrentQueue<string> Commands { get; } = new();
        public ConcurrentDictionary<string, IReadOnlyList<string>> CommandSaw { get; } = new(StringComparer.Ordinal);
        public int MostAtOnceInOneChannel => Volatile.Read(ref _mostAtOnce);

        public void Hold(string text) => _gates[text] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release(string text) => _gates[text].TrySetResult();

        public void ReleaseAll()
        {
            foreach (var gate in _gates.Values) gate.TrySetResult();
        }

        public IReadOnlyList<string> FinishedIn(string channel) => Finished.Where(entry => entry.Channel == channel).Select(entry => entry.Text).ToList();

        public async Task RunAsync(string channel, string text, CancellationToken cancellationToken)
        {
            var now = _inFlight.AddOrUpdate(channel, 1, (_, count) => count + 1);
            int seen;
            while ((seen = Volatile.Read(ref _mostAtOnce)) < now && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen) { }
            try
            {
                Started.Enqueue(text);
                if (_gates.TryGetValue(text, out var gate)) await gate.Task.WaitAsync(cancellationToken);
                await Task.Yield();
                Finished.Enqueue((channel, text));
            }
            finally
            {
                _inFlight.AddOrUpdate(channel, 0, (_, count) => count - 1);
            }
        }
    }

    public sealed class GatedMessageListener(Journal journal) : IEventListener<MessageEvent>
    {
        public Task HandleAsync(MessageEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken) =>
            journal.RunAsync(slackEvent.Channel!, slackEvent.Text!, cancellationToken);
    }

    /// <summary>Answers with what its channel's messages had done by the time it ran.</summary>
    public sealed class ChannelCommand(Journal journal) : ICommandListener
    {
        public Task<CommandReply?> HandleAsync(SlashCommand command, DeliveryContext context, CancellationToken cancellationToken)
        {
            var saw = journal.FinishedIn(command.ChannelId);
            journal.CommandSaw[command.ChannelId] = saw;
            journal.Commands.Enqueue(command.ChannelId);
            return Task.FromResult<CommandReply?>(CommandReply.Ephemeral($"{command.ChannelId} saw: {string.Join(", ", saw)}"));
        }
    }

    private sealed class RecordingOutbox : IOutbox
    {
        public ConcurrentQueue<OutboxMessage> Messages { get; } = new();

        public bool Enqueue(OutboxMessage message)
        {
            Messages.Enqueue(message);
            return true;
        }
    }
}
