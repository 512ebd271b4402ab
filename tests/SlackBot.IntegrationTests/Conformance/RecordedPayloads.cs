using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SlackBot.Slack.Api;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>
/// The recorded samples below Fixtures/Recorded (copied from slackapi/java-slack-sdk, see NOTICE there) and the one
/// place where their blanks are filled in. Fixtures/Recorded/README.md lists the same rules for readers; keep the two
/// in step.
/// </summary>
public static partial class RecordedPayloads
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Recorded");

    /// <summary>Every sample, once per place it is delivered in, sorted by path.</summary>
    public static IReadOnlyList<RecordedSample> All { get; } = Discover();

    public static IEnumerable<RecordedSample> Events => All.Where(sample => sample.Kind == RecordedKind.Event);

    public static IEnumerable<RecordedSample> Interactions => All.Where(sample => sample.Kind == RecordedKind.Interaction);

    public static IEnumerable<RecordedSample> Commands => All.Where(sample => sample.Kind == RecordedKind.Command);

    /// <summary>The sample exactly as recorded.</summary>
    public static JsonObject Load(RecordedSample sample) => Parse(sample.Path);

    /// <summary>
    /// The sample as Slack would send it in the test's world. The Java SDK blanks every value (<c>""</c>,
    /// <c>U00000000</c>, <c>0000000000.000000</c>) and records the union of every shape it has seen, so:
    /// <list type="bullet">
    /// <item>ids are filled by field name: people, the conversation of <paramref name="sample"/>'s place, team, app,
    /// view, file, trigger, response_url; the command, action_id, modal callback_id and message shortcut callback_id
    /// from the route table;</item>
    /// <item>timestamps are filled close to <see cref="RecordedDelivery.Now"/>: <c>ts</c>/<c>event_ts</c> now, the
    /// message an event refers to (nested message, reaction item, <c>message_ts</c>, <c>deleted_ts</c>) 30 s before,
    /// a <c>thread_ts</c> 60 s before; <c>event_time</c> is now;</item>
    /// <item>an event's blank envelope <c>type</c> becomes <c>event_callback</c> and <c>event_id</c> a fresh id;
    /// <c>app_rate_limited</c> is sent bare, as Slack does (the SDK wraps it like an event);</item>
    /// <item>fields only an app's post carries (<c>bot_id</c>, <c>bot_profile</c>, <c>app_id</c>) and a blank
    /// <c>subtype</c> are dropped, so a message reads as a person's; in a <c>bot_message</c> they name another app;</item>
    /// <item>every other blank is left as recorded.</item>
    /// </list>
    /// </summary>
    public static JsonObject Fill(RecordedSample sample, RecordedWorld world, RecordedDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var payload = Load(sample);
        var rootType = sample.Type;
        var filler = new Filler(world, world.In(sample.Place), delivery, rootType);

        if (sample.Kind == RecordedKind.Event && sample.Type == "app_rate_limited" && payload["event"] is JsonObject notice)
        {
            payload.Remove("event");
            filler.Fill(notice, parentKey: null, appPost: false);
            return notice;
        }

        filler.Fill(payload, parentKey: null, appPost: false);
        if (sample.Kind == RecordedKind.Event)
        {
            if (IsBlank(payload["type"])) payload["type"] = "event_callback";
            payload["event_time"] = delivery.Now.ToUnixTimeSeconds();
        }

        return payload;
    }

    /// <summary>A blanked value: an empty string, an all-zero id such as <c>U00000000</c>, or a zero timestamp.</summary>
    public static bool IsBlank(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && (text.Length == 0 || Placeholder().IsMatch(text));

    [GeneratedRegex(@"^([A-Z]0{8,}|0+\.0+)$")]
    private static partial Regex Placeholder();

    private static JsonObject Parse(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, relativePath)))!.AsObject();

    private static List<RecordedSample> Discover()
    {
        var samples = new List<RecordedSample>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(Root, file).Replace('\\', '/');
            var json = Parse(path);
            if (path.StartsWith("events/", StringComparison.Ordinal))
            {
                var inner = json["event"]!.AsObject();
                var type = inner["type"]!.GetValue<string>();
                var subtype = inner["subtype"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
                foreach (var place in PlacesOf(type, subtype)) samples.Add(new RecordedSample(path, RecordedKind.Event, type, subtype, place));
            }
            else if (path.Contains("/slash-commands/", StringComparison.Ordinal))
            {
                samples.Add(new RecordedSample(path, RecordedKind.Command, "command", null, RecordedPlace.PublicChannel));
            }
            else
            {
                samples.Add(new RecordedSample(path, RecordedKind.Interaction, json["type"]!.GetValue<string>(), null, RecordedPlace.PublicChannel));
            }
        }

        return samples;
    }

    /// <summary>A person's plain message is delivered in all three places (message.channels, .groups, .im); a
    /// private channel's events in one; everything else in a public channel.</summary>
    private static IEnumerable<RecordedPlace> PlacesOf(string type, string? subtype)
    {
        if (type == "message" && subtype is null) return [RecordedPlace.PublicChannel, RecordedPlace.PrivateChannel, RecordedPlace.DirectMessage];
        if (type.StartsWith("group_", StringComparison.Ordinal) || subtype?.StartsWith("group_", StringComparison.Ordinal) == true)
            return [RecordedPlace.PrivateChannel];
        return [RecordedPlace.PublicChannel];
    }

    /// <summary>Walks a payload and replaces blanks by field name (and, for <c>id</c>/<c>name</c>/<c>type</c>, by the
    /// field that holds the object).</summary>
    private sealed class Filler(RecordedWorld world, RecordedConversation conversation, RecordedDelivery delivery, string rootType)
    {
        private static readonly HashSet<string> NestedMessages = ["message", "previous_message", "root", "item"];
        private static readonly HashSet<string> People = ["user", "user_id", "item_user", "inviter", "parent_user_id", "actor_id", "creator"];
        private static readonly HashSet<string> Teams = ["team", "team_id", "user_team", "source_team", "context_team_id"];
        private static readonly HashSet<string> Timestamps = ["ts", "event_ts", "action_ts", "latest_reply", "last_read", "latest"];

        private string Now => SlackTs.FromDateTimeOffset(delivery.Now).ToString();

        private string Earlier => SlackTs.FromDateTimeOffset(delivery.Now.AddSeconds(-30)).ToString();

        private string ThreadParent => SlackTs.FromDateTimeOffset(delivery.Now.AddSeconds(-60)).ToString();

        public void Fill(JsonObject node, string? parentKey, bool appPost)
        {
            appPost |= node["subtype"] is JsonValue subtype && subtype.TryGetValue<string>(out var text) && text == "bot_message";
            foreach (var (key, value) in node.ToList())
            {
                switch (value)
                {
                    case JsonObject when key == "bot_profile" && !appPost:
                        node.Remove(key);
                        break;
                    case JsonObject child:
                        Fill(child, key, appPost);
                        break;
                    case JsonArray array:
                        foreach (var item in array.OfType<JsonObject>()) Fill(item, key, appPost);
                        break;
                    case JsonValue when IsBlank(value):
                        Replace(node, key, parentKey, appPost);
                        break;
                }
            }
        }

        private void Replace(JsonObject node, string key, string? parentKey, bool appPost)
        {
            if (key is "subtype" || (key is "bot_id" or "app_id" && !appPost))
            {
                node.Remove(key);
                return;
            }

            var filled = parentKey == "authorizations" ? Authorization(key) : key switch
            {
                "id" => IdOf(parentKey, appPost),
                "name" => parentKey switch { "channel" => conversation.Name, "user" => world.PersonName, "subteam" => world.UserGroupHandle, _ => null },
                "handle" when parentKey == "subteam" => world.UserGroupHandle,
                "subteam_id" => world.UserGroupId,
                "username" when parentKey == "user" => world.PersonName,
                "domain" when parentKey == "team" => world.TeamDomain,
                "type" => TypeOf(parentKey),
                "bot_id" => world.OtherAppBotId,
                "app_id" => world.OtherAppId,
                "api_app_id" => world.AppId,
                "channel" or "channel_id" => conversation.Id,
                "channel_name" => conversation.Name,
                "channel_type" => rootType is "member_joined_channel" or "member_left_channel" ? ChannelLetter() : conversation.Type,
                "user_name" => world.PersonName,
                "team_domain" => world.TeamDomain,
                "thread_ts" => ThreadParent,
                "message_ts" or "deleted_ts" => Earlier,
                "event_id" => delivery.EventId,
                "trigger_id" => delivery.TriggerId,
                "view_id" => delivery.ViewId,
                "response_url" => delivery.ResponseUrl.ToString(),
                "client_msg_id" => Guid.NewGuid().ToString(),
                "command" => world.Command,
                "action_id" when parentKey == "actions" => world.ActionId,
                "callback_id" when parentKey == "view" => world.ViewCallbackId,
                "callback_id" when parentKey is null && rootType == "message_action" => world.MessageShortcutCallbackId,
                "tab" => "home",
                "reaction" => world.Reaction,
                _ when People.Contains(key) => world.Person,
                _ when Teams.Contains(key) => world.TeamId,
                _ when Timestamps.Contains(key) => parentKey is not null && NestedMessages.Contains(parentKey) ? Earlier : Now,
                _ => null,
            };
            if (filled is not null) node[key] = filled;
        }

        private string? Authorization(string key) => key switch
        {
            "user_id" => world.BotUserId,
            "team_id" => world.TeamId,
            _ => null,
        };

        private string? IdOf(string? parentKey, bool appPost) => parentKey switch
        {
            "user" => world.Person,
            "channel" => conversation.Id,
            "team" => world.TeamId,
            "view" => delivery.ViewId,
            "subteam" => world.UserGroupId,
            "file" or "files" => world.FileId,
            "bot_profile" when appPost => world.OtherAppBotId,
            _ => null,
        };

        private string? TypeOf(string? parentKey) => parentKey switch
        {
            "view" => rootType == "app_home_opened" ? "home" : "modal",
            "container" or "item" or "message" or "previous_message" or "root" => "message",
            "actions" => "button",
            _ => null,
        };

        /// <summary>member_joined_channel says C or G (or D) where message events say channel, group or im.</summary>
        private string ChannelLetter() => conversation.Type switch
        {
            "group" => "G",
            "im" => "D",
            _ => "C",
        };
    }
}
