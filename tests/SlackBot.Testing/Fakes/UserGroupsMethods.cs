using System.Globalization;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>usergroups.list and usergroups.users.list, shaped like Slack's documented answers (docs.slack.dev
/// reference/methods/usergroups.list: <c>user_count</c> comes as a string there, dates as Unix seconds).</summary>
internal static class UserGroupsMethods
{
    public static JsonObject List(WebApiCall call)
    {
        var args = call.Args;
        var includeDisabled = args.Bool("include_disabled");
        var includeUsers = args.Bool("include_users");
        var includeCount = args.Bool("include_count");

        var groups = new JsonArray();
        foreach (var group in call.Workspace.UserGroups().Where(group => includeDisabled || !group.IsDisabled))
        {
            var json = GroupJson(call, group);
            if (includeUsers)
            {
                json["users"] = SlackJsonWriter.ArrayOf(group.Users);
            }

            if (includeCount)
            {
                json["user_count"] = group.Users.Count.ToString(CultureInfo.InvariantCulture);
            }

            groups.Add(json);
        }

        var result = WebApiCall.Ok();
        result["usergroups"] = groups;
        return result;
    }

    public static JsonObject UsersList(WebApiCall call)
    {
        var args = call.Args;
        var group = call.Workspace.FindUserGroup(args.Required("usergroup"));
        // A disabled group is invisible unless the caller asks for disabled ones too.
        if (group is null || (group.IsDisabled && !args.Bool("include_disabled")))
        {
            throw new WebApiError("no_such_subteam");
        }

        var result = WebApiCall.Ok();
        result["users"] = SlackJsonWriter.ArrayOf(group.Users);
        return result;
    }

    private static JsonObject GroupJson(WebApiCall call, FakeUserGroup group) => new()
    {
        ["id"] = group.Id,
        ["team_id"] = call.Identity.TeamId,
        ["is_usergroup"] = true,
        ["name"] = group.Name,
        ["description"] = "",
        ["handle"] = group.Handle,
        ["is_external"] = false,
        ["date_create"] = 1446598059,
        ["date_update"] = 1446670362,
        ["date_delete"] = group.IsDisabled ? 1446670400 : 0,
        ["auto_type"] = null,
        ["created_by"] = "USLACKBOT",
        ["updated_by"] = "USLACKBOT",
        ["deleted_by"] = null,
        ["prefs"] = new JsonObject { ["channels"] = new JsonArray(), ["groups"] = new JsonArray() },
    };
}
