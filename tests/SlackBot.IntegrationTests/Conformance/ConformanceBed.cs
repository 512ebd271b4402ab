using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Hosting;
using SlackBot.IntegrationTests.Fakes;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// The real bot in one mode (HTTP or Socket Mode) against a fake Slack whose workspace holds the conversations and the
/// person the filled samples name. One bed serves a whole fixture: each delivery has fresh ids, and its outcome is
/// told apart from earlier ones by inbox sequence and log position.
/// </summary>
public sealed class ConformanceBed : IAsyncDisposable
{
    /// <summary>Two cores are shared with other builds; a passing delivery never waits this long.</summary>
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    public const string Person = "U0RECPERSON";
    public const string PublicChannel = "C0RECPUBLIC";
    public const string PrivateChannel = "C0RECPRIVATE";

    private readonly TempDirectory _directory;
    private readonly SlackMode _mode;
    private int _deliveries;

    private ConformanceBed(TempDirectory directory, FakeSlack slack, BotApp bot, SlackMode mode, RecordedWorld world, RouteTable routes)
    {
        _directory = directory;
        _mode = mode;
        Slack = slack;
        Bot = bot;
        World = world;
        Routes = routes;
        Sender = slack.SenderFor(bot.BaseUrl);
    }

    public FakeSlack Slack { get; }

    public BotApp Bot { get; }

    public RecordedWorld World { get; }

    public RouteTable Routes { get; }

    /// <summary>Signs requests to the bot's HTTP endpoints (used in HTTP mode, and by tests that spoil requests).</summary>
    public SignedRequestSender Sender { get; }

    public static async Task<ConformanceBed> StartAsync(SlackMode mode)
    {
        var directory = new TempDirectory();
        var slack = await FakeSlack.StartAsync(new FakeSlackOptions { TriggerIdLifetime = Generous });
        BotApp? bot = null;
        try
        {
            slack.AddUser(Person, "recorded.person", "Europe/London", "Recorded Person");
            slack.AddChannel(PublicChannel, "inc-recorded-public");
            slack.AddChannel(PrivateChannel, "inc-recorded-private", isPrivate: true);
            var directMessage = slack.DirectMessageChannelFor(Person);

            bot = await BotApp.StartAsync(slack, directory.File("bot.db"), builder =>
                // A command's reply is what these tests read in the acknowledgement; let a slow machine still put it there.
                builder.Services.Configure<SlackDispatchOptions>(options => options.AckBudget = TimeSpan.FromSeconds(20)),
                mode: mode);
            if (mode == SlackMode.Socket) await slack.SocketMode.WaitForConnectionsAsync(1, Generous);

            var routes = RouteTable.Parse(bot.Services.GetRequiredService<SlackRoutes>().Describe());
            var world = new RecordedWorld
            {
                TeamId = slack.TeamId,
                TeamDomain = "recorded",
                AppId = slack.AppId,
                BotUserId = slack.BotUserId,
                Person = Person,
                PersonName = "recorded.person",
                PublicChannel = new RecordedConversation(PublicChannel, "inc-recorded-public", "channel"),
                PrivateChannel = new RecordedConversation(PrivateChannel, "inc-recorded-private", "group"),
                DirectMessage = new RecordedConversation(directMessage, directMessage, "im"),
                Command = routes.Commands.Order(StringComparer.Ordinal).FirstOrDefault(),
                ActionId = routes.ActionPrefixes.Order(StringComparer.Ordinal).FirstOrDefault(),
                ViewCallbackId = routes.ViewCallbacks.Order(StringComparer.Ordinal).FirstOrDefault(),
                MessageShortcutCallbackId = routes.MessageShortcuts.Order(StringComparer.Ordinal).FirstOrDefault(),
            };
            return new ConformanceBed(directory, slack, bot, mode, world, routes);
        }
        catch
        {
            if (bot is not null) await bot.DisposeAsync();
            await slack.DisposeAsync();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Fresh ids for one delivery, with timestamps close to the fake's clock.</summary>
    public RecordedDelivery NextDelivery()
    {
        var number = Interlocked.Increment(ref _deliveries).ToString("D6", CultureInfo.InvariantCulture);
        return new RecordedDelivery(
            EventId: "Ev0REC" + number,
            TriggerId: Slack.IssueTriggerId(Person),
            ViewId: "V0REC" + number,
            ResponseUrl: new Uri(Slack.BaseUrl, "response/recorded-" + number),
            Now: Slack.Clock.GetUtcNow());
    }

    /// <summary>Fills <paramref name="sample"/>, delivers it the way Slack would over this bed's transport, and waits
    /// until whatever it stored has been processed and whatever that made the bot say has been sent.</summary>
    public async Task<DeliveryOutcome> DeliverAsync(RecordedSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var logsBefore = Bot.Logs.GetSnapshot().Count;
        var lastSequence = Bot.Inbox.All().Select(record => record.Sequence).DefaultIfEmpty(0).Max();
        var outboxBefore = Bot.Outbox.All().Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        var payload = RecordedPayloads.Fill(sample, World, NextDelivery());

        var (acknowledged, answer, ackPayload) = _mode == SlackMode.Socket
            ? await SendOverSocketAsync(sample, payload)
            : await SendOverHttpAsync(sample, payload);

        // The dispatcher stores before it acknowledges: whatever was stored is in the inbox by now.
        var stored = Bot.Inbox.All().Where(record => record.Sequence > lastSequence).ToList();
        Assert.That(stored, Has.Count.LessThanOrEqualTo(1), $"{sample} was stored as one envelope");
        InboxRecord? record = null;
        if (stored is [var only])
        {
            await Poll.UntilAsync(() => Bot.Inbox.Find(only.Id) is { Status: not InboxStatus.Pending }, Generous, $"{sample} to be processed");
            record = Bot.Inbox.Find(only.Id);
        }

        await Poll.UntilAsync(() => NewRows(outboxBefore).All(row => row.Status != OutboxStatus.Pending), Generous, $"what {sample} made the bot say to be sent");
        return new DeliveryOutcome(acknowledged, answer, ackPayload, record, [.. Bot.Logs.GetSnapshot().Skip(logsBefore)], NewRows(outboxBefore));
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
        _directory.Dispose();
    }

    private List<OutboxMessage> NewRows(HashSet<string> before) => [.. Bot.Outbox.All().Where(row => !before.Contains(row.Id))];

    private async Task<(bool, string, JsonObject?)> SendOverHttpAsync(RecordedSample sample, JsonObject payload)
    {
        var request = RecordedHttpRequest.For(sample, payload.ToJsonString());
        using var response = await Sender.SendRawAsync(request.Path, request.Body, request.ContentType, SigningMode.Valid);
        var text = await response.Content.ReadAsStringAsync();
        var json = response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonNode.Parse(text) as JsonObject : null;
        return (response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode} {text}", json);
    }

    private async Task<(bool, string, JsonObject?)> SendOverSocketAsync(RecordedSample sample, JsonObject payload)
    {
        var envelopeId = Guid.NewGuid().ToString();
        var (type, acceptsResponse) = sample.Kind switch
        {
            RecordedKind.Event => ("events_api", false),
            RecordedKind.Command => ("slash_commands", true),
            _ => ("interactive", sample.Type is "view_submission" or "block_suggestion"),
        };
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["payload"] = payload,
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponse,
        };
        if (sample.Kind == RecordedKind.Event)
        {
            envelope["retry_attempt"] = 0;
            envelope["retry_reason"] = "";
        }

        await Slack.SocketMode.SendRawFrameAsync(envelope.ToJsonString());
        var ack = await Slack.SocketMode.WaitForAckAsync(envelopeId, Generous);
        return (true, "ack " + (ack.Payload?.ToJsonString() ?? "(no payload)"), ack.Payload);
    }
}
