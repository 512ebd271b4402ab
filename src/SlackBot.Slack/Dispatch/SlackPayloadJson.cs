using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// How inbound payloads are read into records: snake_case names, unknown members ignored (Slack adds fields),
/// numbers accepted as strings (exports and some payloads write them so), trailing commas tolerated.
/// </summary>
public static class SlackPayloadJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
