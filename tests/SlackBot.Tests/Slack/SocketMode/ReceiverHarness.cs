using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>A <see cref="SocketModeReceiver"/> wired to scripted Slack pieces and a fake clock.</summary>
internal sealed class ReceiverHarness : IAsyncDisposable
{
    public ReceiverHarness(SocketModeOptions? options = null, bool hostStarted = true)
    {
        Options = options ?? new SocketModeOptions();
        Lifetime = new RecordingLifetime(hostStarted);
        Slack = new ConnectionUrlSlackApi(Clock);
        Receiver = new SocketModeReceiver(Slack, Transport, Dispatcher, Status, Microsoft.Extensions.Options.Options.Create(Options), Lifetime, Clock, Logger);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public ConnectionUrlSlackApi Slack { get; }

    public ScriptedSocketTransport Transport { get; } = new();

    public ScriptedDispatcher Dispatcher { get; } = new();

    public SocketModeStatus Status { get; } = new();

    public RecordingLifetime Lifetime { get; }

    public FakeLogger<SocketModeReceiver> Logger { get; } = new();

    public SocketModeOptions Options { get; }

    public SocketModeReceiver Receiver { get; }

    public IReadOnlyList<string> LogLines(LogLevel atLeast = LogLevel.Trace) =>
        [.. Logger.Collector.GetSnapshot().Where(record => record.Level >= atLeast).Select(record => $"{record.Level} {record.Message}")];

    public Task StartAsync() => Receiver.StartAsync(CancellationToken.None);

    /// <summary>Starts the receiver and waits until its first connection said hello.</summary>
    public async Task<ScriptedSocketConnection> StartConnectedAsync()
    {
        await StartAsync();
        var connection = await Transport.WaitForConnectionAsync(1);
        await Poll.UntilAsync(() => Status.Current.IsConnected, what: "the first connection to be ready");
        return connection;
    }

    /// <summary>Moves the fake clock forward in small steps until <paramref name="condition"/> holds.</summary>
    public Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step, string what) =>
        Poll.UntilAsync(() =>
        {
            if (condition()) return true;
            Clock.Advance(step);
            return false;
        }, TimeSpan.FromSeconds(60), what);

    public async ValueTask DisposeAsync()
    {
        await Receiver.StopAsync(CancellationToken.None);
        Receiver.Dispose();
        Lifetime.Dispose();
    }
}
