using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlackBot.IntegrationTests.Fakes;

/// <summary>A stand-in for the bot in the fake's own tests: a loopback server that keeps every request's raw bytes and
/// headers and answers 200 (or <see cref="StatusCode"/>).</summary>
internal sealed class CapturingBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<CapturedRequest> requests = new();

    private CapturingBot(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public IReadOnlyList<CapturedRequest> Requests => [.. requests];

    public static async Task<CapturingBot> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var bot = new CapturingBot(app);
        app.Run(bot.CaptureAsync);
        await app.StartAsync();
        bot.BaseUrl = new Uri(app.Urls.First());
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task CaptureAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var headers = http.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        requests.Enqueue(new CapturedRequest(http.Request.Path, http.Request.ContentType, headers, body.ToArray()));
        http.Response.StatusCode = StatusCode;
    }
}

internal sealed record CapturedRequest(string Path, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
