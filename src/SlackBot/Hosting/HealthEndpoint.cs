using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound.SocketMode;
using SlackBot.Storage;

namespace SlackBot.Hosting;

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /healthz</c>: 200 when the bot knows who it is, storage takes writes and, in Socket mode, a connection to
    /// Slack is open; 503 otherwise.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (HttpContext http, BotIdentityAccessor identity, IStorageHealth storage) =>
        {
            if (identity.Current is null) return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);

            // Registered in Socket mode only.
            if (http.RequestServices.GetService<SocketModeStatus>()?.Current is { IsConnected: false } socket)
            {
                var status = socket.Failure is null ? "not connected to Slack" : "Socket Mode stopped: " + socket.Failure;
                return Results.Json(new { status }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (!await WritableWithinAsync(storage, http.RequestAborted))
                return Results.Json(new { status = "storage unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);

            return Results.Json(new { status = "ok" });
        });
        return app;
    }

    /// <summary>How long the write probe may take: a store that hangs (a full disk) must read as unavailable, not hang /healthz.</summary>
    public static readonly TimeSpan StorageProbeTimeout = TimeSpan.FromSeconds(5);

    private static async Task<bool> WritableWithinAsync(IStorageHealth storage, CancellationToken cancellationToken)
    {
        try
        {
            // The probe is a synchronous LiteDB write; run it aside so a hung write cannot hold the request.
            return await Task.Run(() => storage.IsWritableAsync(cancellationToken), cancellationToken).WaitAsync(StorageProbeTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
