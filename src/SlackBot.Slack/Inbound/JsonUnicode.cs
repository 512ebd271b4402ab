using System.Text.Json;

namespace SlackBot.Slack.Inbound;

/// <summary>
/// Whether every name and string in a JSON document can be read as text. System.Text.Json parses a lone surrogate
/// escape (<c>"\uD800"</c>) or raw invalid UTF-8 inside a string without complaint and throws only when the string is
/// read; Slack never sends either, so a delivery holding one is refused at the door instead of failing a listener later.
/// </summary>
internal static class JsonUnicode
{
    public static bool IsReadable(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Depth is bounded by the parser's MaxDepth (64), so recursion is too.
    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    if (!Walk(property.Value)) return false;
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!Walk(item)) return false;
                }

                return true;
            default:
                return true;
        }
    }
}
