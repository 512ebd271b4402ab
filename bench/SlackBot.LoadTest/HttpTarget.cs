using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using SlackBot.Testing.Fakes;

namespace SlackBot.LoadTest;

/// <summary>
/// Posts signed event callbacks to {base}/slack/events with the driver's own pooled client (bodies built beforehand,
/// signed as they leave), and <c>/learn</c> commands through the fake's sender, which issues the response_url and
/// trigger_id Slack would.
/// </summary>
public sealed class HttpTarget : ILoadTarget
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json");

    private readonly HttpClient _http;
    private readonly Uri _events;
    private readonly SignedRequestSender _commands;
    private readonly string _signingSecret;
    private readonly TimeSpan _timeout;

    public HttpTarget(FakeSlack slack, Uri baseAddress, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(slack);
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = int.MaxValue,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _events = new Uri(baseAddress, "/slack/events");
        _commands = slack.SenderFor(baseAddress, TimeProvider.System);
        _signingSecret = slack.SigningSecret;
        _timeout = timeout;
    }

    public string Transport => "http";

    public async Task<SendResult> SendAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return request.Kind == RequestKind.Command ? await SendCommandAsync(request) : await SendEventAsync(request, cancellationToken);
        }
        catch (Exception timeout) when (timeout is TimeoutException || (timeout is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new SendResult(SendOutcome.TimedOut, Stopwatch.GetTimestamp(), null);
        }
        catch (HttpRequestException)
        {
            return new SendResult(SendOutcome.Failed, Stopwatch.GetTimestamp(), null);
        }
    }

    public IReadOnlyList<string> LateInboxIds() => [];

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SendResult> SendEventAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var body = request.Body!;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var message = new HttpRequestMessage(HttpMethod.Post, _events) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = Json;
        message.Headers.UserAgent.ParseAdd("Slackbot 1.0 (+https://api.slack.com/robots)");
        message.Headers.Add(SlackSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        message.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(_signingSecret, timestamp, body));
        if (request.RetryNum > 0)
        {
            message.Headers.Add("X-Slack-Retry-Num", request.RetryNum.ToString(CultureInfo.InvariantCulture));
            message.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        using var response = await _http.SendAsync(message, timeout.Token);
        await response.Content.LoadIntoBufferAsync(timeout.Token);
        var completed = Stopwatch.GetTimestamp();
        return response.IsSuccessStatusCode
            ? new SendResult(SendOutcome.Acknowledged, completed, "ev:" + request.EventId)
            : new SendResult(SendOutcome.Rejected, completed, null) { StatusCode = (int)response.StatusCode };
    }

    private async Task<SendResult> SendCommandAsync(LoadRequest request)
    {
        var space = request.CommandText!.IndexOf(' ', StringComparison.Ordinal);
        var (command, text) = space < 0 ? (request.CommandText, "") : (request.CommandText[..space], request.CommandText[(space + 1)..]);
        using var delivery = await _commands.SendCommandAsync(command, text, request.UserId, request.ChannelId).WaitAsync(_timeout);
        await delivery.Response.Content.LoadIntoBufferAsync();
        var completed = Stopwatch.GetTimestamp();
        return delivery.Response.IsSuccessStatusCode
            ? new SendResult(SendOutcome.Acknowledged, completed, "cmd:" + delivery.TriggerId)
            : new SendResult(SendOutcome.Rejected, completed, null) { StatusCode = (int)delivery.Response.StatusCode };
    }
}
