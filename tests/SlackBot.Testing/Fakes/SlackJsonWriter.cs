using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Writes JSON the way Slack does: raw UTF-8 for non-ASCII text and, by default, every '/' escaped as "\/"
/// (Slack's bodies read <c>"https:\/\/hooks.slack.com\/…"</c>). A '/' can only occur inside a JSON string, so a plain
/// replace is safe. Clients that re-serialise instead of using the raw bytes fail signature checks against this.</summary>
internal static class SlackJsonWriter
{
    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node, bool escapeSlashes)
    {
        var json = node.ToJsonString(Relaxed);
        return escapeSlashes ? json.Replace("/", "\\/", StringComparison.Ordinal) : json;
    }

    public static JsonArray ArrayOf(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonArray ArrayOf(IEnumerable<string> items) => new([.. items.Select(item => (JsonNode?)item)]);
}
