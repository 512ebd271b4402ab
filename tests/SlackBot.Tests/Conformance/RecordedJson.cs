using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Tests.Conformance;

/// <summary>Reads a value at a path such as <c>messages[0].edited.ts</c> and writes JSON and typed values alike as
/// text, so a recorded answer and the typed record read from it can be compared field by field.</summary>
internal static class RecordedJson
{
    public static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            if (bracket >= 0)
            {
                var index = int.Parse(step[(bracket + 1)..^1], CultureInfo.InvariantCulture);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }
        }

        return node;
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        Uri uri => uri.ToString(),
        JsonValue json when json.TryGetValue<string>(out var text) => text,
        JsonNode json => json.ToJsonString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => JsonSerializer.Serialize(list),
        IEnumerable => throw new ArgumentException("Compare a list element by element, e.g. files[0].id.", nameof(value)),
        _ => value.ToString(),
    };
}
