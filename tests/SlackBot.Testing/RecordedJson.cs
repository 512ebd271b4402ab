using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Testing;

/// <summary>Reads a value at a path such as <c>messages[0].edited.ts</c> and writes JSON and typed values alike as
/// text, so a recorded payload and the typed record read from it can be compared field by field (both test projects).</summary>
public static class RecordedJson
{
    /// <summary>The node at a path such as <c>message.ts</c> or <c>files[0].id</c>; null when any step is missing.</summary>
    public static JsonNode? At(JsonNode? node, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
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
        JsonElement element => element.GetRawText(),
        Uri uri => uri.ToString(),
        JsonValue json when json.TryGetValue<string>(out var text) => text,
        JsonNode json => json.ToJsonString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => JsonSerializer.Serialize(list),
        IEnumerable => throw new ArgumentException("Compare a list element by element, e.g. files[0].id.", nameof(value)),
        _ => value.ToString(),
    };
}
