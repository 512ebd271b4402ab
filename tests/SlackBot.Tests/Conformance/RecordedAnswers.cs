using System.Text.Json.Nodes;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Conformance;

/// <summary>
/// The recorded Web API answers below Fixtures/Recorded/api (copied from slackapi/java-slack-sdk, see NOTICE there),
/// one file per method, and the one place where they are made into answers. The SDK records the union of the success
/// and the failure shape with every value blanked (<c>"ok": false</c> next to <c>"error": ""</c>); ids and timestamps
/// are already placeholders such as <c>C00000000</c>, which parse like any id, so only the envelope is filled.
/// The integration tests' Fixtures/Recorded/README.md describes the rules; keep the two in step.
/// </summary>
internal static class RecordedAnswers
{
    public const string Folder = "Recorded/api";

    /// <summary>The methods with a recorded answer, e.g. <c>chat.postMessage</c>.</summary>
    public static IReadOnlyList<string> Methods { get; } =
        [.. Fixtures.In(Folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path))];

    public static JsonObject Load(string method) => JsonNode.Parse(Fixtures.Text($"{Folder}/{method}.json"))!.AsObject();

    /// <summary>
    /// The success shape: <c>ok</c> true; <c>error</c>, <c>needed</c> and <c>provided</c> (failure only) dropped;
    /// blank warning codes dropped (the SDK blanked real ones such as <c>already_in_channel</c>); a blank <c>url</c>
    /// (apps.connections.open) becomes a wss URL, since the answer is useless without one.
    /// </summary>
    public static JsonObject Success(string method)
    {
        var answer = Load(method);
        answer["ok"] = true;
        foreach (var failureOnly in new[] { "error", "needed", "provided" }) answer.Remove(failureOnly);
        if (IsBlank(answer["warning"])) answer.Remove("warning");
        if (answer["response_metadata"]?["warnings"] is JsonArray warnings)
        {
            foreach (var blank in warnings.Where(IsBlank).ToList()) warnings.Remove(blank);
        }

        if (IsBlank(answer["url"])) answer["url"] = "wss://wss-primary.slack.com/link/?ticket=recorded-ticket&app_id=A00000000";
        return answer;
    }

    /// <summary>The failure shape: <c>ok</c> false with <paramref name="error"/>, and for missing_scope the scopes.</summary>
    public static JsonObject Failure(string method, string error, string needed, string provided)
    {
        var answer = Load(method);
        answer["ok"] = false;
        answer["error"] = error;
        answer["needed"] = needed;
        answer["provided"] = provided;
        return answer;
    }

    private static bool IsBlank(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0;
}
