using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Home;

/// <summary>
/// Reading the Home view the bot published, and pressing its elements as Slack sends it: a <c>block_actions</c> whose
/// container is the view (no channel, no message, no response_url).
/// </summary>
public static class HomeInteractions
{
    public static IEnumerable<JsonObject> Elements(FakeView home) =>
        home.View["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(block => block["type"]!.GetValue<string>() == "actions")
            .SelectMany(block => block["elements"]!.AsArray().OfType<JsonObject>().Select(element =>
            {
                var copy = (JsonObject)element.DeepClone();
                copy["_block_id"] = block["block_id"]!.GetValue<string>();
                return copy;
            }));

    /// <summary>The button with this action id and value, or null.</summary>
    public static JsonObject? Button(FakeView home, string actionId, string value) =>
        Elements(home).FirstOrDefault(element => element["action_id"]?.GetValue<string>() == actionId && element["value"]?.GetValue<string>() == value);

    /// <summary>The select whose options are about this finding, or null.</summary>
    public static JsonObject? SelectFor(FakeView home, string actionId, string findingId) =>
        Elements(home).FirstOrDefault(element => element["action_id"]?.GetValue<string>() == actionId &&
            element["options"]!.AsArray().Any(option => option!["value"]!.GetValue<string>().EndsWith("|" + findingId, StringComparison.Ordinal)));

    /// <summary><paramref name="user"/> pressed <paramref name="button"/> in their Home tab (after Slack's confirm dialog, if any).</summary>
    public static JsonObject Press(string user, FakeView home, JsonObject button) => Payload(user, home, new JsonObject
    {
        ["action_id"] = button["action_id"]!.GetValue<string>(),
        ["block_id"] = button["_block_id"]!.GetValue<string>(),
        ["value"] = button["value"]!.GetValue<string>(),
        ["type"] = "button",
        ["action_ts"] = "1793890000.000100",
    });

    /// <summary><paramref name="user"/> chose the option labelled <paramref name="label"/> in <paramref name="select"/>.</summary>
    public static JsonObject Choose(string user, FakeView home, JsonObject select, string label)
    {
        var option = select["options"]!.AsArray().OfType<JsonObject>().Single(option => option["text"]!["text"]!.GetValue<string>() == label);
        return Payload(user, home, new JsonObject
        {
            ["action_id"] = select["action_id"]!.GetValue<string>(),
            ["block_id"] = select["_block_id"]!.GetValue<string>(),
            ["type"] = "static_select",
            ["selected_option"] = option.DeepClone(),
            ["placeholder"] = select["placeholder"]?.DeepClone(),
            ["action_ts"] = "1793890000.000200",
        });
    }

    /// <summary>An action someone wrote by hand, on a Home view, with any value they like.</summary>
    public static JsonObject Forged(string user, FakeView home, JsonObject action) => Payload(user, home, action);

    private static JsonObject Payload(string user, FakeView home, JsonObject action) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = "T0FAKE" },
        ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = home.Id },
        ["view"] = new JsonObject
        {
            ["id"] = home.Id, ["type"] = "home", ["hash"] = home.Hash, ["private_metadata"] = "", ["callback_id"] = "",
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
        },
        ["actions"] = new JsonArray(action),
    };
}
