using System.Text.Json.Nodes;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>Interaction payloads as Slack posts them to /slack/interactions: a button press on a question and a modal submission.</summary>
public static class SlackInteractions
{
    /// <summary><c>block_actions</c>: <paramref name="user"/> pressed one of the buttons under a posted question.</summary>
    public static JsonObject QuestionButton(string user, AskedQuestion question, string actionId)
    {
        var channel = question.PostedChannel ?? question.ChannelId;
        var threadTs = question.Delivery == QuestionDelivery.Thread ? question.ThreadRootTs : null;
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = User(user),
            ["container"] = new JsonObject
            {
                ["type"] = "message", ["message_ts"] = question.PostedTs, ["channel_id"] = channel, ["thread_ts"] = threadTs, ["is_ephemeral"] = false,
            },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = new JsonObject { ["ts"] = question.PostedTs, ["thread_ts"] = threadTs, ["text"] = question.Text },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = "question", ["value"] = question.Id, ["type"] = "button", ["action_ts"] = "1700000000.000001",
            }),
        };
    }

    /// <summary>
    /// <c>view_submission</c> of a modal the bot opened, with <paramref name="answer"/> typed into its one input. The
    /// state is keyed by the input's own block_id and action_id, read from the view as Slack would. Slack sends
    /// <c>null</c> for an input left empty.
    /// </summary>
    public static JsonObject AnswerSubmission(string user, FakeView opened, string? answer)
    {
        var view = (JsonObject)opened.View.DeepClone();
        var input = view["blocks"]!.AsArray().OfType<JsonObject>().Single(block => block["type"]!.GetValue<string>() == "input");
        var element = input["element"]!.AsObject();
        view["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [input["block_id"]!.GetValue<string>()] = new JsonObject
                {
                    [element["action_id"]!.GetValue<string>()] = new JsonObject { ["type"] = element["type"]!.GetValue<string>(), ["value"] = answer },
                },
            },
        };
        return new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = User(user),
            ["view"] = view,
            ["response_urls"] = new JsonArray(),
            ["is_enterprise_install"] = false,
        };
    }

    private static JsonObject User(string user) =>
        new() { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["name"] = user.ToLowerInvariant(), ["team_id"] = "T0FAKE" };
}
