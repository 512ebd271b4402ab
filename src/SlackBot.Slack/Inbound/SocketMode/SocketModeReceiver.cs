using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>
/// The Socket Mode receiver: keeps a WebSocket to Slack open, translates each envelope into a
/// <see cref="SlackEnvelope"/>, hands it to the same dispatcher as the HTTP receiver and acknowledges it once it is
/// stored. Replaces connections when Slack asks (the old one serves until the new one said hello), reconnects with
/// backoff when the network fails, and stops the application when Slack refuses Socket Mode for good.
/// </summary>
public sealed class SocketModeReceiver : BackgroundService
{
    /// <summary>
    /// The process exit code after Slack refused Socket Mode; the host uses the same code when Slack rejects the bot
    /// token at start-up.
    /// </summary>
    public const int RejectedExitCode = 3;

    private readonly ISlackApi _slack;
    private readonly ISocketModeTransport _transport;
    private readonly ISlackDispatcher _dispatcher;
    private readonly SocketModeStatus _status;
    private readonly SocketModeOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILogger<SocketModeReceiver> _logger;
    private readonly ResiliencePipeline _reconnect;
    private readonly SlackMetrics _metrics;
    private int _connections;

    public SocketModeReceiver(
        ISlackApi slack,
        ISocketModeTransport transport,
        ISlackDispatcher dispatcher,
        SocketModeStatus status,
        IOptions<SocketModeOptions> options,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        ILogger<SocketModeReceiver> logger,
        SlackMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _slack = slack;
        _transport = transport;
        _dispatcher = dispatcher;
        _status = status;
        _options = options.Value;
        _lifetime = lifetime;
        _time = time;
        _logger = logger;
        _metrics = metrics ?? SlackMetrics.Unregistered;
        _reconnect = SocketModeBackoff.Build(_options, time, Random.Shared.NextDouble, (attempt, failure, delay) =>
            SocketModeLog.RetryingConnect(logger, attempt, SocketModeFailures.Describe(failure), delay));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SocketModeSession? current = null;
        try
        {
            current = await ConnectAsync(stoppingToken);
            while (true)
            {
                switch (await current.Ended.WaitAsync(stoppingToken))
                {
                    case SocketModeSessionEnd.DisconnectRequested { IsFinal: true }:
                        throw LinkDisabled();

                    case SocketModeSessionEnd.DisconnectRequested requested:
                        SocketModeLog.ReplacementRequested(_logger, current.Number, requested.Reason);
                        // The old connection goes on reading and acknowledging while the new one opens, so nothing
                        // Slack sends during the switch is lost.
                        var replacement = await ConnectAsync(stoppingToken);
                        var retiring = current;
                        current = replacement;
                        await retiring.CloseAsync();
                        SocketModeLog.Replaced(_logger, retiring.Number, replacement.Number);
                        break;

                    case SocketModeSessionEnd.Closed closed:
                        SocketModeLog.Lost(_logger, current.Number, closed.Description);
                        var lost = current;
                        current = null;
                        await lost.DisposeAsync();
                        current = await ConnectAsync(stoppingToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the connection is closed below.
        }
        catch (SocketModeRejectedException rejected)
        {
            GiveUp(rejected);
        }
        finally
        {
            if (current is not null) await current.CloseAsync();
        }
    }

    /// <summary>Opens a connection that has said hello, retrying with backoff; each call starts from the base delay.</summary>
    private async Task<SocketModeSession> ConnectAsync(CancellationToken stoppingToken) =>
        await _reconnect.ExecuteAsync(static (receiver, cancellationToken) => receiver.ConnectOnceAsync(cancellationToken), this, stoppingToken);

    private async ValueTask<SocketModeSession> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var url = await OpenConnectionUrlAsync(cancellationToken);
        var number = Interlocked.Increment(ref _connections);
        SocketModeLog.Connecting(_logger, number, url.Host);

        // The upgrade and hello get ConnectTimeout; apps.connections.open has its own timeouts and Retry-After waits.
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        SocketModeSession? session = null;
        try
        {
            var connection = await _transport.ConnectAsync(url, linked.Token);
            session = new SocketModeSession(number, connection, AnswerAsync, _options.CloseTimeout, _time, _logger);
            session.Start();
            await Task.WhenAny(session.Hello, session.Ended).WaitAsync(linked.Token);
            if (!session.Hello.IsCompletedSuccessfully) throw NotReady(await session.Ended);

            var hello = await session.Hello;
            _status.ConnectionReady(_time.GetUtcNow());
            _ = session.Completion.ContinueWith(
                _ => _status.ConnectionEnded(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            SocketModeLog.Connected(_logger, number, url.Host, hello.AppId, hello.NumConnections, hello.ApproximateConnectionTimeSeconds);
            return session;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            if (session is not null) await session.DisposeAsync();
            throw new SocketModeConnectionLostException($"no hello within {_options.ConnectTimeout}");
        }
        catch
        {
            if (session is not null) await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh single-use URL for every connection. An error that no retry can get past ends Socket Mode.</summary>
    private async Task<Uri> OpenConnectionUrlAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _slack.OpenSocketModeConnectionAsync(cancellationToken);
        }
        catch (SlackApiException exception) when (exception is not SlackRateLimitedException && SlackErrors.IsPermanent(exception.Error))
        {
            throw new SocketModeRejectedException(exception.Error,
                $"Slack refused to open a Socket Mode connection ({exception.Error}). Check Slack:AppToken (or SLACK_APP_TOKEN): " +
                "it must be an app-level token (xapp-…) of this app with the connections:write scope, and Socket Mode must be " +
                "enabled in the app's settings. See the README, section \"Set-up\".");
        }
    }

    /// <summary>
    /// Translates one envelope and dispatches it; returns the acknowledgement, or null when the envelope could not be
    /// stored (Slack then delivers it again).
    /// </summary>
    private async Task<string?> AnswerAsync(SocketModeFrame.Envelope envelope, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var receipt = SlackActivities.StartReceipt(SlackEnvelopeParser.SocketTransport);
        switch (SocketModeEnvelopeTranslator.Translate(envelope, _time.GetUtcNow()))
        {
            case EnvelopeParseResult.Delivery delivery:
                DispatchResult result;
                try
                {
                    result = await _dispatcher.DispatchAsync(SlackActivities.Carry(receipt, delivery.Envelope), cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    SocketModeLog.DispatchFailed(_logger, exception, delivery.Envelope.Type, envelope.EnvelopeId);
                    receipt?.SetStatus(ActivityStatusCode.Error, "not stored");
                    return null;
                }

                _metrics.Acknowledged(SlackEnvelopeParser.SocketTransport, started);
                receipt?.SetTag("slack.dispatch.outcome", result.Outcome.ToString());

                return SocketModeAckFrame.Write(envelope.EnvelopeId, envelope.AcceptsResponsePayload ? result.AckPayload : null);

            case EnvelopeParseResult.RateLimited limited:
                SocketModeLog.SlackRateLimited(_logger, limited.MinuteRateLimited);
                return SocketModeAckFrame.Write(envelope.EnvelopeId, null);

            case EnvelopeParseResult.Invalid invalid:
                // Acknowledged all the same: Slack would only send the same garbage again.
                SocketModeLog.InvalidEnvelope(_logger, envelope.Type, envelope.EnvelopeId, invalid.Reason);
                return SocketModeAckFrame.Write(envelope.EnvelopeId, null);

            default:
                // url_verification and ssl_check belong to HTTP Request URLs; over a socket they carry nothing to do.
                SocketModeLog.InvalidEnvelope(_logger, envelope.Type, envelope.EnvelopeId, "an HTTP-only check");
                return SocketModeAckFrame.Write(envelope.EnvelopeId, null);
        }
    }

    private void GiveUp(SocketModeRejectedException rejected)
    {
        _status.MarkFailed(rejected.Reason);
        SocketModeLog.Rejected(_logger, rejected.Message);
        // A supervisor (systemd, Kubernetes, Docker) then sees a failed process, not a healthy-looking one that
        // receives nothing.
        Environment.ExitCode = RejectedExitCode;
        // Stopping while the host is still starting would fail start-up with a bare cancellation instead of the
        // message above; ApplicationStarted fires at once when the host is already up.
        _lifetime.ApplicationStarted.Register(_lifetime.StopApplication);
    }

    private static SocketModeRejectedException LinkDisabled() => new(SocketModeFrame.Disconnect.LinkDisabled,
        "Slack switched Socket Mode off for this app (link_disabled). Turn Socket Mode back on for the app that Slack:AppToken " +
        "belongs to, or run with Slack:Mode=Http. See the README, section \"Set-up\".");

    private static Exception NotReady(SocketModeSessionEnd end) => end switch
    {
        SocketModeSessionEnd.DisconnectRequested { IsFinal: true } => LinkDisabled(),
        SocketModeSessionEnd.DisconnectRequested requested => new SocketModeConnectionLostException($"Slack sent disconnect ({requested.Reason}) before hello"),
        SocketModeSessionEnd.Closed closed => new SocketModeConnectionLostException($"closed before hello ({closed.Description})"),
        _ => new SocketModeConnectionLostException("ended before hello"),
    };
}
