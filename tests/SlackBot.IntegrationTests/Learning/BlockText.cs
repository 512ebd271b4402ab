using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Every piece of text in a Block Kit structure, one per line, as a person would read it (mrkdwn left as written).
/// Assertions on this are not thrown by how a JSON writer escapes &lt; and &gt;.
/// </summary>
public static class BlockText
{
    public static string Of(JsonNode? blocks) => string.Join('\n', Strings(blocks));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
