using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Typed reading of a call's arguments, whichever way they arrived. Form and query values are strings, so
/// structured arguments (blocks, metadata, view, files) may be JSON text or, from a JSON body, real JSON.</summary>
internal sealed class WebApiArgs(JsonObject values)
{
    public JsonObject Values => values;

    public string? String(string name) => values[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonNode node => node.ToJsonString(),
    };

    /// <summary>A string argument, with "" treated as absent (Slack clients often send empty optional fields).</summary>
    public string? NonEmpty(string name) => String(name) is { Length: > 0 } text ? text : null;

    public string Required(string name) => NonEmpty(name) ?? throw WebApiError.MissingArgument(name);

    public bool Bool(string name, bool fallback = false) => values[name] switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => fallback,
        },
        JsonValue value when value.TryGetValue<int>(out var number) => number != 0,
        _ => fallback,
    };

    public int? Int(string name) => values[name] switch
    {
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A JSON array argument (detached copy), or null when absent; <paramref name="formatError"/> when it is not an array.</summary>
    public JsonArray? Array(string name, string formatError) => Structured(name, formatError) switch
    {
        null => null,
        JsonArray array => array,
        _ => throw new WebApiError(formatError),
    };

    /// <summary>A JSON object argument (detached copy), or null when absent; <paramref name="formatError"/> when it is not an object.</summary>
    public JsonObject? Object(string name, string formatError) => Structured(name, formatError) switch
    {
        null => null,
        JsonObject obj => obj,
        _ => throw new WebApiError(formatError),
    };

    private JsonNode? Structured(string name, string formatError)
    {
        switch (values[name])
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (text.Length == 0)
                {
                    return null;
                }

                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    throw new WebApiError(formatError);
                }

            case JsonNode node:
                return node.DeepClone();
        }
    }
}
