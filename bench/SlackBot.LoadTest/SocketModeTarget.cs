using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using SlackBot.Testing.Fakes;

namespace SlackBot.LoadTest;

/// <summary>
/// Pushes envelopes down the fake's Socket Mode connection and times each ack as it arrives. An ack can come back
/// before the send call returns its envelope id, so whichever side comes first creates the waiter.
/// </summary>
public sealed class SocketModeTarget : ILoadTarget
{
    private readonly FakeSocketMode _socket;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _acks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _commandEnvelopes = new();

    public SocketModeTarget(FakeSlack slack, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(slack);
        _socket = slack.SocketMode;
        _timeout = timeout;
        _socket.AckReceived += OnAck;
    }

    public string Transport => "socket";

    public async Task<SendResult> SendAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string envelopeId;
        try
        {
            if (request.Kind == RequestKind.Command)
            {
                var space = request.CommandText!.IndexOf(' ', StringComparison.Ordinal);
                envelopeId = await _socket.SendCommandAsync(request.CommandText[..space], request.CommandText[(space + 1)..], request.UserId, request.ChannelId);
            }
            else
            {
                envelopeId = await _socket.SendEventAsync(request.Event!, request.EventId, request.RetryNum, request.RetryNum > 0 ? "timeout" : "");
            }
        }
        catch (Exception lost) when (lost is WebSocketException or InvalidOperationException or IOException)
        {
            return new SendResult(SendOutcome.Failed, Stopwatch.GetTimestamp(), null);
        }

        var waiter = _acks.GetOrAdd(envelopeId, NewWaiter);
        try
        {
            var ackedAt = await waiter.Task.WaitAsync(_timeout, cancellationToken);
            if (request.Kind == RequestKind.Command)
            {
                _commandEnvelopes.Enqueue(envelopeId);
                return new SendResult(SendOutcome.Acknowledged, ackedAt, null);
            }

            return new SendResult(SendOutcome.Acknowledged, ackedAt, "ev:" + request.EventId);
        }
        catch (TimeoutException)
        {
            return new SendResult(SendOutcome.TimedOut, Stopwatch.GetTimestamp(), null);
        }
        finally
        {
            _acks.TryRemove(envelopeId, out _);
        }
    }

    /// <summary>A command's inbox id is its trigger_id, which the fake put in the envelope it sent. Each call hands
    /// out the commands acknowledged since the last one, so every phase gets its own.</summary>
    public IReadOnlyList<string> LateInboxIds()
    {
        var acked = new HashSet<string>(StringComparer.Ordinal);
        while (_commandEnvelopes.TryDequeue(out var envelopeId)) acked.Add(envelopeId);
        return [.. _socket.SentEnvelopes
            .Where(sent => acked.Contains(sent.EnvelopeId))
            .Select(sent => "cmd:" + sent.Payload["trigger_id"]!.GetValue<string>())];
    }

    public ValueTask DisposeAsync()
    {
        _socket.AckReceived -= OnAck;
        return ValueTask.CompletedTask;
    }

    private void OnAck(SocketModeAck ack)
    {
        var at = Stopwatch.GetTimestamp();
        _acks.GetOrAdd(ack.EnvelopeId, NewWaiter).TrySetResult(at);
    }

    private static TaskCompletionSource<long> NewWaiter(string envelopeId) => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
