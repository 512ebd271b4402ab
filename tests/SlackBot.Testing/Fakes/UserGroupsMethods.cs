using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>usergroups.list and usergroups.users.list, shaped like Slack's answers (recorded samples in the SDKs).</summary>
internal static class UserGroupsMethods
{
    public static JsonObject List(WebApiCall call)
    {
        var groups = new JsonArray();
        foreach (var group in call.Workspace.UserGroups())
        {
            groups.Add(new JsonObject
            {
                ["id"] = group.Id,
                ["team_id"] = call.Identity.TeamId,
                ["is_usergroup"] = true,
                ["is_subteam"] = true,
                ["name"] = group.Name,
                ["description"] = "",
                ["handle"] = group.Handle,
                ["is_external"] = false,
                ["date_create"] = 1700000000,
                ["date_update"] = 1700000000,
                ["date_delete"] = 0,
                ["auto_type"] = null,
                ["created_by"] = "U0ADMIN",
                ["updated_by"] = "U0ADMIN",
                ["deleted_by"] = null,
                ["prefs"] = new JsonObject { ["channels"] = new JsonArray(), ["groups"] = new JsonArray() },
                ["user_count"] = group.Users.Count,
            });
        }

        var result = WebApiCall.Ok();
        result["usergroups"] = groups;
        return result;
    }

    public static JsonObject Users(WebApiCall call)
    {
        var id = call.Args.Required("usergroup");
        var group = call.Workspace.UserGroups().FirstOrDefault(candidate => candidate.Id == id) ?? throw new WebApiError("no_such_subteam");
        var result = WebApiCall.Ok();
        result["users"] = new JsonArray([.. group.Users.Select(user => (JsonNode?)JsonValue.Create(user))]);
        return result;
    }
}
