using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SlackBot.LoadTest;

/// <summary>
/// The floor: the least any Slack receiver must do per request (Kestrel, read the body, verify the HMAC-SHA256
/// signature within the 5-minute window, parse the body) and nothing else, no storage. The bot's figures are read
/// as a share of this one's, measured in the same run on the same machine.
/// </summary>
public static class FloorServer
{
    /// <summary>The variable the driver passes the signing secret in (not an argument, which <c>ps</c> would show).</summary>
    public const string SecretVariable = "SLACKBOT_FLOOR_SIGNING_SECRET";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static WebApplication Build(string signingSecret, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var app = builder.Build();
        var key = Encoding.UTF8.GetBytes(signingSecret);
        app.MapPost("/slack/events", (HttpContext http) => HandleAsync(http, key, isJson: true));
        app.MapPost("/slack/commands", (HttpContext http) => HandleAsync(http, key, isJson: false));
        return app;
    }

    /// <summary>Runs until SIGTERM, printing the address the driver waits for.</summary>
    public static async Task<int> RunAsync(int port)
    {
        var secret = Environment.GetEnvironmentVariable(SecretVariable);
        if (string.IsNullOrEmpty(secret))
        {
            await Console.Error.WriteLineAsync($"The floor server needs the signing secret in {SecretVariable}.");
            return 2;
        }

        await using var app = Build(secret, port);
        await app.StartAsync();
        Console.WriteLine($"Floor server listening on: {app.Urls.First()}");
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>True when <paramref name="signature"/> is Slack's v0 signature of <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static bool Verify(byte[] key, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Window) return false;
        if (signature is null || !signature.StartsWith("v0=", StringComparison.Ordinal)) return false;

        var prefix = Encoding.ASCII.GetBytes("v0:" + timestamp + ":");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        Span<byte> mac = stackalloc byte[32];
        hmac.GetHashAndReset(mac);
        Span<byte> expected = stackalloc byte[64];
        Convert.TryToHexStringLower(mac, expected, out _);
        var given = Encoding.ASCII.GetBytes(signature[3..]);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static async Task HandleAsync(HttpContext http, byte[] key, bool isJson)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Verify(key, http.Request.Headers["X-Slack-Request-Timestamp"], http.Request.Headers["X-Slack-Signature"], body.Span, DateTimeOffset.UtcNow))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        try
        {
            if (isJson)
            {
                using var document = JsonDocument.Parse(body);
                _ = document.RootElement.GetProperty("type").GetString();
            }
            else
            {
                _ = System.Web.HttpUtility.ParseQueryString(Encoding.UTF8.GetString(body.Span))["command"];
            }
        }
        catch (Exception bad) when (bad is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
    }
}
