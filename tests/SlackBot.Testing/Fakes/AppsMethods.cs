using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>apps.connections.open: hands out a single-use WebSocket URL on this server (app-level token only).</summary>
internal static class AppsMethods
{
    public static JsonObject ConnectionsOpen(WebApiCall call)
    {
        var ticket = call.Context.SocketMode.IssueTicket();
        var baseUrl = call.Context.BaseUrl;
        var result = WebApiCall.Ok();
        result["url"] = $"ws://{baseUrl.Authority}/link/?ticket={ticket}&app_id={call.Identity.AppId}";
        return result;
    }
}
