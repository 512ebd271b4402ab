using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>users.info, with tz_offset computed from the user's IANA zone at the fake's current time (so it follows
/// daylight saving time as the clock moves).</summary>
internal static class UsersMethods
{
    public static JsonObject Info(WebApiCall call)
    {
        var user = call.Workspace.FindUser(call.Args.Required("user")) ?? throw new WebApiError("user_not_found");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(user.Tz);
        var now = call.Context.Clock.GetUtcNow();
        var realName = user.RealName ?? user.Name;

        var result = WebApiCall.Ok();
        result["user"] = new JsonObject
        {
            ["id"] = user.Id,
            ["team_id"] = call.Identity.TeamId,
            ["name"] = user.Name,
            ["deleted"] = false,
            ["real_name"] = realName,
            ["tz"] = user.Tz,
            ["tz_label"] = zone.IsDaylightSavingTime(now) ? zone.DaylightName : zone.StandardName,
            ["tz_offset"] = (int)zone.GetUtcOffset(now).TotalSeconds,
            ["profile"] = new JsonObject
            {
                ["real_name"] = realName,
                ["display_name"] = user.Name,
                ["image_72"] = $"https://fake.slack-edge.com/avatars/{user.Id}_72.png",
            },
            ["is_admin"] = false,
            ["is_owner"] = false,
            ["is_bot"] = user.IsBot,
            ["is_app_user"] = false,
            ["updated"] = 1700000000,
        };
        return result;
    }
}
