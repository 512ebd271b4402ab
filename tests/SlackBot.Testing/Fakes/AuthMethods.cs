using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>auth.test: who the bot token belongs to, which is how the bot learns its own user and bot ids.</summary>
internal static class AuthMethods
{
    public static JsonObject Test(WebApiCall call)
    {
        var identity = call.Identity;
        var result = WebApiCall.Ok();
        result["url"] = $"https://{identity.TeamDomain}.slack.com/";
        result["team"] = identity.TeamName;
        result["user"] = identity.BotName;
        result["team_id"] = identity.TeamId;
        result["user_id"] = identity.BotUserId;
        result["bot_id"] = identity.BotId;
        result["is_enterprise_install"] = false;
        return result;
    }
}
