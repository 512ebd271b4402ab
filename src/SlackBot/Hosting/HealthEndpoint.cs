using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SlackBot.Slack.Dispatch;
using SlackBot.Storage;

namespace SlackBot.Hosting;

public static class HealthEndpoint
{
    /// <summary><c>GET /healthz</c>: 200 when the bot knows who it is and storage takes writes, 503 otherwise.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", (BotIdentityAccessor identity, Database database, TimeProvider time) =>
        {
            if (identity.Current is null) return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            try
            {
                database.Lite.GetCollection("health").Upsert(new LiteDB.BsonDocument
                {
                    ["_id"] = "probe",
                    ["at"] = time.GetUtcNow().UtcDateTime,
                });
            }
            catch (Exception exception) when (exception is LiteDB.LiteException or IOException or UnauthorizedAccessException)
            {
                return Results.Json(new { status = "storage unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            return Results.Json(new { status = "ok" });
        });
        return app;
    }
}
