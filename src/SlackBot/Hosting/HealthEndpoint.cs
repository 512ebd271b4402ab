using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound.SocketMode;
using SlackBot.Storage;

namespace SlackBot.Hosting;

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /healthz</c>: 200 when the bot knows who it is, storage takes writes and, in Socket mode, a connection to
    /// Slack is open; 503 otherwise. The body names the status and the storage provider (<c>litedb</c> or <c>postgres</c>).
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (HttpContext http, BotIdentityAccessor identity, IStorageHealth storage, IOptions<StorageOptions> storageOptions) =>
        {
            if (identity.Current is null) return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);

            // Registered in Socket mode only.
            if (http.RequestServices.GetService<SocketModeStatus>()?.Current is { IsConnected: false } socket)
            {
                var status = socket.Failure is null ? "not connected to Slack" : "Socket Mode stopped: " + socket.Failure;
                return Results.Json(new { status }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // Which storage, never where: the endpoint is unauthenticated.
            var provider = storageOptions.Value.Provider == StorageProvider.Postgres ? "postgres" : "litedb";
            if (!await WritableWithinAsync(storage, http.RequestAborted))
                return Results.Json(new { status = provider == "postgres" ? "database unavailable" : "storage unavailable", storage = provider },
                    statusCode: StatusCodes.Status503ServiceUnavailable);

            return Results.Json(new { status = "ok", storage = provider });
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
