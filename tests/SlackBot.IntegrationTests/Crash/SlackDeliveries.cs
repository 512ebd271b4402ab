using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// Delivers what Slack would to the bot under test, over HTTP (signed) or Socket Mode, until the bot acknowledges it,
/// as Slack does: an event that got no acknowledgement (the process was killed, or answered 5xx) is delivered again
/// with the same event_id and the next retry number; a slash command or an interaction is not retried by Slack, so
/// here the person sends it again. Counts what it delivered.
/// </summary>
public sealed class SlackDeliveries(FakeSlack slack, CrashBot bot)
{
    public int EventsAcknowledged { get; private set; }

    public int CommandsAcknowledged { get; private set; }

    public int InteractionsAcknowledged { get; private set; }

    /// <summary>Deliveries that were cut off (no acknowledgement) and sent again.</summary>
    public int Redeliveries { get; private set; }

    /// <summary>Event ids the bot acknowledged, as the inbox keys them.</summary>
    public List<string> AcknowledgedEventIds { get; } = [];

    public async Task EventAsync(JsonObject innerEvent, string eventId)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await TryOnceAsync(
                    () => slack.SenderFor(bot.Address!, slack.Clock).SendEventAsync(innerEvent, eventId, attempt == 0 ? null : attempt, attempt == 0 ? null : "http_error"),
                    () => slack.SocketMode.SendEventAsync(innerEvent, eventId, attempt, attempt == 0 ? "" : "timeout")))
            {
                EventsAcknowledged++;
                AcknowledgedEventIds.Add("ev:" + eventId);
                return;
            }

            Redeliveries++;
        }
    }

    /// <summary>Returns the acknowledgement's body (HTTP) or payload (Socket Mode), if any.</summary>
    public async Task CommandAsync(string text, string user, string channel)
    {
        while (!await TryOnceAsync(
                   async () => (await slack.SenderFor(bot.Address!, slack.Clock).SendCommandAsync("/learn", text, user, channel)).Response,
                   () => slack.SocketMode.SendCommandAsync("/learn", text, user, channel)))
            Redeliveries++;
        CommandsAcknowledged++;
    }

    public async Task InteractionAsync(Func<JsonObject> payload)
    {
        while (!await TryOnceAsync(
                   () => slack.SenderFor(bot.Address!, slack.Clock).SendInteractionAsync(payload()),
                   () => slack.SocketMode.SendInteractiveAsync(payload())))
            Redeliveries++;
        InteractionsAcknowledged++;
    }

    private async Task<bool> TryOnceAsync(Func<Task<HttpResponseMessage>> overHttp, Func<Task<string>> overSocket)
    {
        var generation = await bot.ReadyAsync();
        if (!bot.SocketMode)
        {
            try
            {
                using var response = await overHttp();
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false; // killed mid-request: no acknowledgement
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }

        string envelopeId;
        int connection;
        try
        {
            connection = slack.SocketMode.Connections.Select(open => open.Id).DefaultIfEmpty(0).Max();
            envelopeId = await overSocket();
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            return false; // the socket went away under the send
        }

        // Acknowledged, or the connection it went down closed (the process died) or a newer process took over.
        await Poll.UntilAsync(() => slack.SocketMode.Acks.Any(ack => ack.EnvelopeId == envelopeId) ||
                                    slack.SocketMode.Connections.All(open => open.Id != connection) ||
                                    bot.Generation != generation,
            CrashRun.Generous, "an ack or the end of the connection");
        return slack.SocketMode.Acks.Any(ack => ack.EnvelopeId == envelopeId);
    }
}
