using Microsoft.Extensions.Logging;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// One Socket Mode connection: reads frames, hands each envelope to <c>answer</c> (several at once, so a command
/// waiting for its reply holds up no other acknowledgement) and writes the acknowledgements one at a time. It
/// reports when Slack said hello and why it ended, and the receiver decides what happens next.
/// </summary>
internal sealed class SocketModeSession : IAsyncDisposable
{
    /// <summary>Envelopes handled at once on one connection; beyond it reading pauses, which slows Slack down.</summary>
    private const int MaxEnvelopesInHand = 64;

    private readonly ISocketModeConnection _connection;
    private readonly Func<SocketModeFrame.Envelope, CancellationToken, Task<string?>> _answer;
    private readonly TimeSpan _closeTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _slots = new(MaxEnvelopesInHand, MaxEnvelopesInHand);
    private readonly Lock _inHandGate = new();
    private readonly HashSet<Task> _inHand = [];
    private readonly TaskCompletionSource<SocketModeFrame.Hello> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SocketModeSessionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reading = Task.CompletedTask;
    private volatile bool _closing;
    private int _disposed;

    /// <param name="answer">Translates and dispatches one envelope; returns the acknowledgement to send, or null for none.</param>
    public SocketModeSession(
        int number,
        ISocketModeConnection connection,
        Func<SocketModeFrame.Envelope, CancellationToken, Task<string?>> answer,
        TimeSpan closeTimeout,
        TimeProvider time,
        ILogger logger)
    {
        Number = number;
        _connection = connection;
        _answer = answer;
        _closeTimeout = closeTimeout;
        _time = time;
        _logger = logger;
    }

    /// <summary>Counts connections over the receiver's life, for log lines.</summary>
    public int Number { get; }

    /// <summary>Completes when Slack says hello; never fails (see <see cref="Ended"/>).</summary>
    public Task<SocketModeFrame.Hello> Hello => _hello.Task;

    /// <summary>Completes with the first sign that this connection will not last: a disconnect request, or its end.</summary>
    public Task<SocketModeSessionEnd> Ended => _ended.Task;

    /// <summary>Completes when the connection has closed or failed and reading has stopped.</summary>
    public Task Completion => _reading;

    public void Start() => _reading = Task.Run(ReadAsync);

    /// <summary>
    /// Retires the connection cleanly: no new envelopes are taken on, those in hand are acknowledged, then the close
    /// handshake. Whatever is still unfinished after <c>closeTimeout</c> is dropped. Never throws.
    /// </summary>
    public async Task CloseAsync()
    {
        _closing = true;
        using var deadline = new CancellationTokenSource(_closeTimeout, _time);
        try
        {
            await WhenInHandDoneAsync(deadline.Token);
            await SendLockedAsync(_connection.CloseOutputAsync, deadline.Token);
            // Slack's answering close frame ends the read loop.
            await _reading.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            SocketModeLog.CloseTimedOut(_logger, Number, _closeTimeout);
        }
        catch (Exception exception)
        {
            // Already broken; dropping it below is all that is left to do.
            SocketModeLog.Closed(_logger, Number, SocketModeFailures.Describe(exception));
        }

        await DisposeAsync();
    }

    /// <summary>Drops the connection at once; envelopes in hand are cancelled and stay unacknowledged.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _closing = true;
        // After a completed close handshake there is nothing left to cut.
        var stillOpen = !_reading.IsCompleted;
        await _lifetime.CancelAsync();
        if (stillOpen) _connection.Abort();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await WhenInHandDoneAsync(CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _connection.DisposeAsync();
        _lifetime.Dispose();
    }

    private async Task ReadAsync()
    {
        var token = _lifetime.Token;
        string description;
        try
        {
            while (true)
            {
                var text = await _connection.ReceiveAsync(token);
                if (text is null)
                {
                    description = _closing ? "closed" : "closed by Slack";
                    await AnswerCloseAsync();
                    break;
                }

                await OnFrameAsync(SocketModeFrameReader.Read(text), text.Length, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            description = "dropped by the bot";
        }
        catch (Exception exception)
        {
            description = SocketModeFailures.Describe(exception);
        }

        SocketModeLog.Closed(_logger, Number, description);
        _ended.TrySetResult(new SocketModeSessionEnd.Closed(description));
    }

    private async Task OnFrameAsync(SocketModeFrame frame, int length, CancellationToken token)
    {
        switch (frame)
        {
            case SocketModeFrame.Hello hello:
                _hello.TrySetResult(hello);
                break;

            case SocketModeFrame.Disconnect disconnect:
                _ended.TrySetResult(new SocketModeSessionEnd.DisconnectRequested(disconnect.Reason));
                break;

            case SocketModeFrame.Envelope envelope when _closing:
                SocketModeLog.ArrivedWhileClosing(_logger, Number, envelope.EnvelopeId);
                break;

            case SocketModeFrame.Envelope envelope:
                await _slots.WaitAsync(token);
                TakeInHand(envelope, token);
                break;

            case SocketModeFrame.Unreadable unreadable:
                SocketModeLog.UnreadableFrame(_logger, Number, unreadable.Reason, length);
                break;
        }
    }

    private void TakeInHand(SocketModeFrame.Envelope envelope, CancellationToken token)
    {
        var handling = Task.Run(() => AnswerAsync(envelope, token), CancellationToken.None);
        lock (_inHandGate) _inHand.Add(handling);
        // Registered after the Add, so the Remove cannot come first even if the answer is already done.
        _ = handling.ContinueWith(done =>
        {
            lock (_inHandGate) _inHand.Remove(done);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task AnswerAsync(SocketModeFrame.Envelope envelope, CancellationToken token)
    {
        try
        {
            var ack = await _answer(envelope, token);
            if (ack is null) return;
            await SendLockedAsync(ct => _connection.SendAsync(ack, ct), token);
            SocketModeLog.Acknowledged(_logger, Number, envelope.Type, envelope.EnvelopeId);
        }
        catch (Exception exception)
        {
            SocketModeLog.AckFailed(_logger, Number, envelope.EnvelopeId, SocketModeFailures.Describe(exception));
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// Slack closed first: acknowledge what is in hand (a peer that has sent its close may still read), then answer
    /// its close frame to complete the handshake.
    /// </summary>
    private async Task AnswerCloseAsync()
    {
        _closing = true;
        using var deadline = new CancellationTokenSource(_closeTimeout, _time);
        try
        {
            await WhenInHandDoneAsync(deadline.Token);
            await SendLockedAsync(_connection.CloseOutputAsync, deadline.Token);
        }
        catch (Exception exception)
        {
            SocketModeLog.Closed(_logger, Number, "close handshake incomplete: " + SocketModeFailures.Describe(exception));
        }
    }

    private async Task SendLockedAsync(Func<CancellationToken, Task> send, CancellationToken token)
    {
        await _sendLock.WaitAsync(token);
        try
        {
            await send(token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task WhenInHandDoneAsync(CancellationToken token)
    {
        Task[] inHand;
        lock (_inHandGate) inHand = [.. _inHand];
        return Task.WhenAll(inHand).WaitAsync(token);
    }
}
