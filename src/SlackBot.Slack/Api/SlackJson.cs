using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SlackBot.Slack.Api;

/// <summary>
/// The serializer settings for anything exchanged with Slack: snake_case, nulls left out, lenient reading
/// (unknown members ignored, quoted numbers, trailing commas). Types outside <see cref="SlackJsonContext"/>
/// fall back to reflection, so other parts of the bot can reuse these settings for their own payload records.
/// </summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(SlackJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                SlackJsonContext.Default,
                Wire.SlackWireJsonContext.Default,
                new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
