using System.Buffers;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack.Inbound;

/// <summary>
/// The HTTP receiver: <c>POST /slack/events</c>, <c>/slack/commands</c>, <c>/slack/interactions</c>. It reads the
/// raw body, checks the signature over those exact bytes, translates the body into an envelope and ends in one
/// call to the dispatcher. Anything it cannot trust or read gets a 4xx and changes nothing.
/// </summary>
public sealed partial class SlackHttpReceiver(
    ISlackDispatcher dispatcher,
    IOptions<SlackHttpOptions> options,
    TimeProvider time,
    ILogger<SlackHttpReceiver> logger,
    SlackMetrics? metrics = null)
{
    private readonly SlackMetrics _metrics = metrics ?? SlackMetrics.Unregistered;

    public Task<IResult> EventsAsync(HttpContext http) => ReceiveAsync(http, "events", (body, now) =>
        SlackEnvelopeParser.ParseEventsBody(body, now, RetryNumber(http.Request), RetryReason(http.Request)));

    public Task<IResult> CommandsAsync(HttpContext http) => ReceiveAsync(http, "commands", (body, now) =>
        SlackEnvelopeParser.ParseCommandForm(Encoding.UTF8.GetString(body), now));

    public Task<IResult> InteractionsAsync(HttpContext http) => ReceiveAsync(http, "interactions", (body, now) =>
        SlackEnvelopeParser.ParseInteractionForm(Encoding.UTF8.GetString(body), now));

    private async Task<IResult> ReceiveAsync(HttpContext http, string endpoint, Func<byte[], DateTimeOffset, EnvelopeParseResult> parse)
    {
        var started = Stopwatch.GetTimestamp();
        using var receipt = SlackActivities.StartReceipt(SlackEnvelopeParser.HttpTransport);
        var body = await ReadBodyAsync(http.Request, options.Value.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            LogTooLarge(endpoint);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var now = time.GetUtcNow();
        var check = SlackSignatureVerifier.Verify(
            body,
            http.Request.Headers["X-Slack-Request-Timestamp"].ToString(),
            http.Request.Headers["X-Slack-Signature"].ToString(),
            options.Value.SigningSecret,
            now);

        if (check != SignatureCheck.Valid)
        {
            // Slack's certificate checks on command URLs need no signature; confirm them and do nothing else.
            if (endpoint == "commands" && SlackEnvelopeParser.ParseCommandForm(Encoding.UTF8.GetString(body), now) is EnvelopeParseResult.SslCheck)
                return Results.Ok();
            LogRejected(endpoint, check);
            return Results.Unauthorized();
        }

        // Only a signed body is read any further.
        switch (parse(body, now))
        {
            case EnvelopeParseResult.UrlVerification verification:
                return Results.Text(verification.Challenge, "text/plain", Encoding.UTF8);

            case EnvelopeParseResult.SslCheck:
                return Results.Ok();

            case EnvelopeParseResult.RateLimited limited:
                LogSlackRateLimited(limited.MinuteRateLimited);
                return Results.Ok();

            case EnvelopeParseResult.Invalid invalid:
                LogInvalid(endpoint, invalid.Reason);
                return Results.BadRequest(invalid.Reason);

            case EnvelopeParseResult.Delivery delivery:
                DispatchResult result;
                try
                {
                    result = await dispatcher.DispatchAsync(SlackActivities.Carry(receipt, delivery.Envelope), http.RequestAborted);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Not stored, so not acknowledged: a 5xx makes Slack deliver it again.
                    LogDispatchFailed(exception, delivery.Envelope.Type, delivery.Envelope.Id);
                    receipt?.SetStatus(ActivityStatusCode.Error, "not stored");
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                }

                _metrics.Acknowledged(SlackEnvelopeParser.HttpTransport, started);
                receipt?.SetTag("slack.dispatch.outcome", result.Outcome.ToString());

                return result.AckPayload is { } payload
                    ? Results.Text(payload.ToJsonString(), "application/json", Encoding.UTF8)
                    : Results.Ok();

            default:
                return Results.BadRequest();
        }
    }

    /// <summary>Reads the whole body, or returns null as soon as it exceeds the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        // Slack always sends Content-Length: read straight into an array of that size, with nothing to copy.
        if (request.ContentLength is { } length) return await ReadExactlyAsync(request.Body, (int)length, cancellationToken);

        using var buffer = new MemoryStream(capacity: 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>The declared number of bytes (Kestrel itself rejects a body that holds fewer or more).</summary>
    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        await body.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    private static int RetryNumber(HttpRequest request) =>
        int.TryParse(request.Headers["X-Slack-Retry-Num"].ToString(), out var attempt) && attempt > 0 ? attempt : 0;

    private static string? RetryReason(HttpRequest request) =>
        request.Headers["X-Slack-Retry-Reason"].ToString() is { Length: > 0 } reason ? reason : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to /slack/{Endpoint}: signature check {Check}")]
    private partial void LogRejected(string endpoint, SignatureCheck check);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to /slack/{Endpoint}: body over the size limit")]
    private partial void LogTooLarge(string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a signed request to /slack/{Endpoint}: {Reason}")]
    private partial void LogInvalid(string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack reports dropping events over the workspace limit (minute {Minute})")]
    private partial void LogSlackRateLimited(long minute);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store {Type} ({EnvelopeId}); answered 503 so that Slack retries")]
    private partial void LogDispatchFailed(Exception exception, string type, string envelopeId);
}

public static class SlackHttpEndpoints
{
    /// <summary>Maps Slack's three Request URLs under <paramref name="prefix"/>.</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/events", (HttpContext http, SlackHttpReceiver receiver) => receiver.EventsAsync(http));
        group.MapPost("/commands", (HttpContext http, SlackHttpReceiver receiver) => receiver.CommandsAsync(http));
        group.MapPost("/interactions", (HttpContext http, SlackHttpReceiver receiver) => receiver.InteractionsAsync(http));
        return endpoints;
    }
}
