using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.Testing.Fakes;

namespace SlackBot.LoadTest;

/// <summary>
/// The requests of a run, drawn from a seeded random mix: a quarter learning moments in the incident channel, about
/// half ordinary messages (incident and team channel), reactions to earlier messages, <c>/learn</c> commands, and a few
/// Slack retries of earlier events. Messages are stored in the fake first (as Slack holds what people post), so the
/// bot can read them back. Thread-safe: the closed model's senders draw from one mix.
/// </summary>
public sealed class TrafficMix
{
    /// <summary>Out of 100: moments, messages, reactions, commands; the rest are retries.</summary>
    private const int MomentShare = 25;
    private const int MessageShare = 48;
    private const int ReactionShare = 18;
    private const int CommandShare = 7;

    /// <summary>A retry repeats an event at least this many requests back, so the first delivery is usually answered.</summary>
    private const int RetryDistance = 20;

    private readonly FakeSlack _slack;
    private readonly Random _random;
    private readonly string _eventIdPrefix;
    private readonly Lock _gate = new();
    private readonly List<LoadRequest> _recentEvents = [];
    private readonly List<FakeMessage> _recentMessages = [];
    private int _next;

    public TrafficMix(FakeSlack slack, int seed, string eventIdPrefix)
    {
        _slack = slack;
        _random = new Random(seed);
        _eventIdPrefix = eventIdPrefix;
    }

    public LoadRequest Next()
    {
        lock (_gate)
        {
            var roll = _random.Next(100);
            var request = roll switch
            {
                < MomentShare => Message(RequestKind.Moment, LoadWorkspace.IncidentChannel, ChannelTalk.Moment(_random)),
                < MomentShare + MessageShare => Message(RequestKind.Message,
                    _random.Next(3) == 0 ? LoadWorkspace.TeamChannel : LoadWorkspace.IncidentChannel, ChannelTalk.Chatter(_random)),
                < MomentShare + MessageShare + ReactionShare when _recentMessages.Count > 0 => Reaction(),
                < MomentShare + MessageShare + ReactionShare + CommandShare => Command(),
                _ when _recentEvents.Count > RetryDistance => Retry(),
                _ => Message(RequestKind.Message, LoadWorkspace.IncidentChannel, ChannelTalk.Chatter(_random)),
            };
            if (request.Kind is not (RequestKind.Command or RequestKind.Retry)) Remember(_recentEvents, request, 4 * RetryDistance);
            return request;
        }
    }

    /// <summary>The next <paramref name="count"/> requests, built before an open-model run so that building them does
    /// not compete with sending.</summary>
    public IReadOnlyList<LoadRequest> Take(int count) => [.. Enumerable.Range(0, count).Select(_ => Next())];

    /// <summary>The event_callback body Slack posts over HTTP for <paramref name="innerEvent"/>.</summary>
    public byte[] EventCallbackBody(JsonObject innerEvent, string eventId)
    {
        ArgumentNullException.ThrowIfNull(innerEvent);
        var type = innerEvent["type"]!.GetValue<string>();
        var channel = innerEvent["channel"]?.GetValue<string>() ?? innerEvent["item"]?["channel"]?.GetValue<string>() ?? "none";
        var envelope = new JsonObject
        {
            ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl",
            ["team_id"] = _slack.TeamId,
            ["api_app_id"] = _slack.AppId,
            ["event"] = innerEvent.DeepClone(),
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["enterprise_id"] = null,
                ["team_id"] = _slack.TeamId,
                ["user_id"] = _slack.BotUserId,
                ["is_bot"] = true,
                ["is_enterprise_install"] = false,
            }),
            ["is_ext_shared_channel"] = false,
            ["event_context"] = $"4-{type}-{_slack.TeamId}-{channel}",
        };
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    private LoadRequest Message(RequestKind kind, string channel, string text)
    {
        var user = User();
        var (ts, inner) = _slack.PrepareUserMessage(channel, user, text);
        Remember(_recentMessages, new FakeMessage(channel, ts, user, BotId: null, text, ThreadTs: null, Blocks: null, Metadata: null, Edited: null), 64);
        return Event(kind, inner, user, channel);
    }

    private LoadRequest Reaction()
    {
        var message = _recentMessages[_random.Next(_recentMessages.Count)];
        var eventTs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture).Insert(10, ".") + "000";
        var user = User();
        return Event(RequestKind.Reaction, SlackEvents.Reaction("reaction_added", user, ChannelTalk.Reaction(_random), message, eventTs), user, message.Channel);
    }

    private LoadRequest Command() =>
        new(RequestKind.Command, EventId: null, Event: null, Body: null, "/learn " + ChannelTalk.LearnCommand(_random), User(), LoadWorkspace.IncidentChannel);

    private LoadRequest Retry()
    {
        var original = _recentEvents[_random.Next(_recentEvents.Count - RetryDistance)];
        return original with { Kind = RequestKind.Retry };
    }

    private LoadRequest Event(RequestKind kind, JsonObject inner, string user, string channel)
    {
        var eventId = _eventIdPrefix + (++_next).ToString("D7", CultureInfo.InvariantCulture);
        return new LoadRequest(kind, eventId, inner, EventCallbackBody(inner, eventId), CommandText: null, user, channel);
    }

    private string User() => LoadWorkspace.Members[_random.Next(LoadWorkspace.Members.Count)];

    private static void Remember<T>(List<T> recent, T item, int keep)
    {
        recent.Add(item);
        if (recent.Count > keep) recent.RemoveAt(0);
    }
}
