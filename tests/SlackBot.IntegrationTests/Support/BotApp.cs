using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using SlackBot.Slack.Dispatch;
using SlackBot.Hosting;
using SlackBot.Storage;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.Outbox;

namespace SlackBot.IntegrationTests.Support;

/// <summary>
/// The real bot (the same <see cref="SlackBotHost"/> the program runs) on a loopback port, wired to a fake Slack.
/// Each test gets its own storage (a LiteDB file, or a PostgreSQL database: <see cref="TestStorage"/>); restarting on the
/// same storage path is how crash/restart tests work.
/// </summary>
public sealed class BotApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private BotApp(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public FakeLogCollector Logs => _app.Services.GetRequiredService<FakeLogCollector>();

    public IInboxRecords Inbox => Services.GetRequiredService<IInboxRecords>();

    public IOutboxRecords Outbox => Services.GetRequiredService<IOutboxRecords>();

    public static async Task<BotApp> StartAsync(
        FakeSlack slack,
        string storagePath,
        Action<WebApplicationBuilder>? configure = null,
        IDictionary<string, string?>? settings = null,
        SlackMode mode = SlackMode.Http)
    {
        var app = SlackBotHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Slack:Mode"] = mode.ToString(),
                ["Slack:BotToken"] = slack.BotToken,
                ["Slack:AppToken"] = slack.AppToken,
                ["Slack:SigningSecret"] = slack.SigningSecret,
                ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
                ["Slack:PostInterval"] = "00:00:00.020",
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:Microsoft"] = "Warning",
                ["Logging:LogLevel:Polly"] = "Warning",
            };
            foreach (var (key, value) in TestStorage.SettingsFor(storagePath)) values[key] = value;
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.ClearProviders();
            builder.Logging.AddFakeLogging();
            configure?.Invoke(builder);
        });

        await app.StartAsync();
        await IdentifiedOrStoppingAsync(app.Services);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotApp(app, new Uri(address));
    }

    // auth.test runs in the background after the port opens; tests start from a bot that knows who it is (or has given up).
    private static Task IdentifiedOrStoppingAsync(IServiceProvider services)
    {
        var identity = services.GetRequiredService<BotIdentityAccessor>();
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return Poll.UntilAsync(() => identity.Current is not null || stopping.IsCancellationRequested, Poll.DefaultTimeout, "the bot to learn its identity from auth.test, or to stop");
    }

    /// <summary>Stops the host as a deployment would (SIGTERM): workers are cancelled mid-flight.</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Every log line so far, formatted, for secret-leak checks and diagnostics.</summary>
    public IReadOnlyList<string> LogLines() =>
        Logs.GetSnapshot().Select(record => $"{record.Level} {record.Category}: {record.Message} {record.Exception}").ToList();
}
