using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Sends the bot what Slack sends over HTTP: signed event callbacks, slash commands and interactions, posted
/// to {bot}/slack/events, /slack/commands and /slack/interactions. Get one from <see cref="FakeSlack.SenderFor"/>.</summary>
public sealed class SignedRequestSender
{
    public const string EventsPath = "slack/events";
    public const string CommandsPath = "slack/commands";
    public const string InteractionsPath = "slack/interactions";

    private const string JsonContentType = "application/json";
    private const string FormContentType = "application/x-www-form-urlencoded";

    private readonly HttpClient http;
    private readonly Uri botBaseUrl;
    private readonly FakeSlackContext context;
    private readonly TimeProvider clock;

    internal SignedRequestSender(HttpClient http, Uri botBaseUrl, FakeSlackContext context, TimeProvider clock)
    {
        this.http = http;
        this.botBaseUrl = botBaseUrl.AbsoluteUri.EndsWith('/') ? botBaseUrl : new Uri(botBaseUrl.AbsoluteUri + "/");
        this.context = context;
        this.clock = clock;
    }

    /// <summary>Delivers an event_callback wrapping <paramref name="innerEvent"/>. Pass <paramref name="retryNum"/> and
    /// <paramref name="retryReason"/> to send it as Slack's retry (X-Slack-Retry-Num / X-Slack-Retry-Reason).</summary>
    public Task<HttpResponseMessage> SendEventAsync(JsonObject innerEvent, string? eventId = null, int? retryNum = null, string? retryReason = null)
    {
        ArgumentNullException.ThrowIfNull(innerEvent);
        var envelope = context.Payloads.EventCallback(innerEvent, eventId);
        var headers = new List<KeyValuePair<string, string>>();
        if (retryNum is { } number)
        {
            headers.Add(new("X-Slack-Retry-Num", number.ToString(CultureInfo.InvariantCulture)));
        }

        if (retryReason is not null)
        {
            headers.Add(new("X-Slack-Retry-Reason", retryReason));
        }

        return SendAsync(EventsPath, Utf8(context.WriteJson(envelope)), JsonContentType, SigningMode.Valid, headers);
    }

    /// <summary>The url_verification handshake Slack performs when the Request URL is saved.</summary>
    public Task<HttpResponseMessage> SendUrlVerificationAsync(string challenge)
    {
        var body = new JsonObject
        {
            ["token"] = context.Identity.VerificationToken,
            ["challenge"] = challenge,
            ["type"] = "url_verification",
        };
        return SendAsync(EventsPath, Utf8(context.WriteJson(body)), JsonContentType, SigningMode.Valid, []);
    }

    /// <summary>A slash command as a signed form post, with a response_url on this fake and a fresh trigger_id.</summary>
    public async Task<SlashCommandDelivery> SendCommandAsync(string command, string text, string userId, string channelId, string? channelName = null)
    {
        var fields = context.Payloads.SlashCommand(command, text, userId, channelId, channelName);
        var body = Utf8(SlackPayloads.FormEncode(fields.Fields));
        var response = await SendAsync(CommandsPath, body, FormContentType, SigningMode.Valid, []);
        return new SlashCommandDelivery(response, fields.ResponseUrl, fields.TriggerId);
    }

    /// <summary>An interaction payload as Slack posts it: a form with one field, <c>payload</c>, holding the JSON.</summary>
    public Task<HttpResponseMessage> SendInteractionAsync(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var json = context.WriteJson(context.Payloads.Interaction(payload));
        var body = Utf8(SlackPayloads.FormEncode([new("payload", json)]));
        return SendAsync(InteractionsPath, body, FormContentType, SigningMode.Valid, []);
    }

    /// <summary>
    /// <paramref name="userId"/> picks the app's message shortcut <paramref name="callbackId"/> on a message the fake
    /// holds (see <see cref="FakeSlack.AddMessage"/>), posted as Slack does: form-encoded <c>payload=</c>, signed. The
    /// delivery's trigger_id opens a modal in views.open.
    /// </summary>
    public async Task<InteractionDelivery> SendMessageShortcutAsync(string callbackId, string userId, string channelId, string messageTs)
    {
        var payload = context.Payloads.MessageShortcut(callbackId, userId, channelId, messageTs);
        var response = await SendInteractionAsync(payload);
        return new InteractionDelivery(response, payload["trigger_id"]!.GetValue<string>(), new Uri(payload["response_url"]!.GetValue<string>()));
    }

    /// <summary>Any body to any bot path, signed per <paramref name="mode"/>, for verifier tests.</summary>
    public Task<HttpResponseMessage> SendRawAsync(string path, byte[] body, string contentType, SigningMode mode) =>
        SendAsync(path, body, contentType, mode, []);

    /// <summary>A person posts in a channel: the message is stored in the fake (new ts) and, when the bot is a member of
    /// the conversation (Slack only delivers those), the matching message event is sent. Returns the message's ts.
    /// Throws if the bot does not answer the event with a 2xx.</summary>
    public async Task<string> PostUserMessageAsync(string channel, string user, string text, string? threadTs = null)
    {
        var (message, conversation, inner) = context.Payloads.PostUserMessage(channel, user, text, threadTs);
        if (!conversation.BotIsMember)
        {
            return message.Ts;
        }

        using var response = await SendEventAsync(inner);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"The bot answered the message event for {message.Ts} with HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return message.Ts;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, byte[] body, string contentType, SigningMode mode,
        IReadOnlyList<KeyValuePair<string, string>> extraHeaders)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var timestamp = mode switch
        {
            // Well past the 5-minute window: a request that takes a second to arrive must still be out of it.
            SigningMode.Stale => now - 360,
            SigningMode.Future => now + 360,
            _ => now,
        };
        var timestampText = mode == SigningMode.NonNumericTimestamp
            ? "yesterday"
            : timestamp.ToString(CultureInfo.InvariantCulture);
        var secret = mode == SigningMode.WrongSecret
            ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))
            : context.Identity.SigningSecret;
        var signature = mode == SigningMode.NonNumericTimestamp
            ? SignText(secret, timestampText, body)
            : SlackSignature.Compute(secret, timestamp, body);
        signature = mode switch
        {
            SigningMode.WrongVersion => "v1=" + signature[3..],
            SigningMode.UppercaseSignature => "v0=" + signature[3..].ToUpperInvariant(),
            _ => signature,
        };
        var sentBody = mode == SigningMode.TamperedBody ? [.. body, .. "------"u8] : body;

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(botBaseUrl, path.TrimStart('/')))
        {
            Content = new ByteArrayContent(sentBody),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.UserAgent.ParseAdd("Slackbot 1.0 (+https://api.slack.com/robots)");
        if (mode is not (SigningMode.NoHeaders or SigningMode.MissingTimestamp))
        {
            request.Headers.Add(SlackSignature.TimestampHeader, timestampText);
        }

        if (mode is not (SigningMode.NoHeaders or SigningMode.MissingSignature))
        {
            request.Headers.Add(SlackSignature.SignatureHeader, signature);
        }

        foreach (var (name, value) in extraHeaders)
        {
            request.Headers.Add(name, value);
        }

        return await http.SendAsync(request);
    }

    private static string SignText(string secret, string timestampText, byte[] body)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"v0:{timestampText}:"), .. body];
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
