using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SlackBot.Testing.Fakes;

/// <summary><c>POST /response/{id}</c>: where the response_urls in commands and interactions point. Records every post;
/// answers 404 once a URL is unknown, used five times or older than thirty minutes.</summary>
internal sealed class ResponseUrlEndpoint(FakeSlackContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        var id = http.Request.RouteValues["id"] as string ?? "";
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(http.RequestAborted);
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(raw) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var (status, error) = context.Interactions.RecordResponsePost(id, body, raw, http.Request.ContentType);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var answer = error is null
            ? new JsonObject { ["ok"] = true }
            : new JsonObject { ["ok"] = false, ["error"] = error };
        await http.Response.WriteAsync(context.WriteJson(answer), http.RequestAborted);
    }
}
