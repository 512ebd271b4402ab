using System.Text.Json;

namespace SlackBot.Slack.Dispatch;

/// <summary>
/// Recognises the bot's own echoes: messages it posted, its edits and deletions of them, its own reactions.
/// Membership events about the bot itself are kept, because "I was added to a channel" matters.
/// </summary>
public static class SelfEventFilter
{
    public static bool IsOwnEcho(JsonElement innerEvent, BotIdentity bot)
    {
        if (innerEvent.ValueKind != JsonValueKind.Object) return false;

        var type = Text(innerEvent, "type");
        if (type is "member_joined_channel" or "member_left_channel") return false;
        if (IsFromBot(innerEvent, bot)) return true;

        // An edit or deletion arrives as a message with a subtype; the author sits in the nested message.
        if (type == "message")
        {
            var nested = Text(innerEvent, "subtype") switch
            {
                "message_changed" => "message",
                "message_deleted" => "previous_message",
                _ => null,
            };
            if (nested is not null && innerEvent.TryGetProperty(nested, out var message) && IsFromBot(message, bot)) return true;
        }

        return false;
    }

    private static bool IsFromBot(JsonElement element, BotIdentity bot)
    {
        if (element.ValueKind != JsonValueKind.Object) return false;
        var user = Text(element, "user");
        var botId = Text(element, "bot_id");
        return (user is not null && user == bot.UserId) || (botId is not null && botId == bot.BotId);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
