using System.Diagnostics;
using SlackBot.Testing.Fakes;

namespace SlackBot.LoadTest;

/// <summary>
/// The built bot as an operator runs it: <c>dotnet SlackBot.dll --urls http://127.0.0.1:0</c>, configured by
/// environment variables only, against the fake Slack, its store in a folder of its own or a throw-away PostgreSQL
/// database. Start-up is timed from the process start to the first <c>/healthz</c> 200.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private BotUnderTest(ChildProcess process, Uri address, double startupSeconds, ProcessedProbe probe)
    {
        Process = process;
        Address = address;
        StartupSeconds = startupSeconds;
        Probe = probe;
    }

    public ChildProcess Process { get; }

    public Uri Address { get; }

    public double StartupSeconds { get; }

    public ProcessedProbe Probe { get; }

    /// <summary>Whether the bot build has the Prometheus exporter (then it serves <c>/metrics</c> with Telemetry:Prometheus).</summary>
    public static bool ServesMetrics(string botDll) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetFullPath(botDll))!, "OpenTelemetry.Exporter.Prometheus*.dll").Any();

    public static async Task<BotUnderTest> StartAsync(string botDll, string transport, FakeSlack slack, string workingDirectory,
        string? postgresConnectionString, bool useMetrics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slack);
        var environment = new Dictionary<string, string>
        {
            ["Slack__Mode"] = transport == "socket" ? "Socket" : "Http",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        };
        if (transport == "socket") environment["SLACK_APP_TOKEN"] = slack.AppToken;
        else environment["SLACK_SIGNING_SECRET"] = slack.SigningSecret;
        if (postgresConnectionString is not null)
        {
            environment["Storage__Provider"] = "Postgres";
            environment["Storage__ConnectionString"] = postgresConnectionString;
        }

        if (useMetrics) environment["Telemetry__Prometheus"] = "true";
        else environment["Logging__LogLevel__SlackBot.Slack.Dispatch.InboxProcessor"] = "Debug";

        var started = Stopwatch.GetTimestamp();
        var process = ChildProcess.Start(botDll, workingDirectory, environment, "--urls", "http://127.0.0.1:0");
        var probe = useMetrics ? null : ProcessedProbe.FromLog(process);
        try
        {
            var address = await process.WaitForListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
            await WaitForHealthAsync(process, address, cancellationToken);
            var startup = Stopwatch.GetElapsedTime(started).TotalSeconds;
            return new BotUnderTest(process, address, startup, probe ?? ProcessedProbe.FromMetrics(address));
        }
        catch
        {
            probe?.Dispose();
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the bot with SIGTERM (as a supervisor would) so it closes its store cleanly.</summary>
    public async Task<int> StopAsync() => await Process.StopAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        Probe.Dispose();
        await Process.DisposeAsync();
    }

    private static async Task WaitForHealthAsync(ChildProcess process, Uri address, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(address, "/healthz");
        var deadline = Stopwatch.GetTimestamp() + 60 * Stopwatch.Frequency;
        while (true)
        {
            if (process.HasExited) throw new LoadTestException($"The bot exited before /healthz answered 200:\n{process.Tail}");
            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not up yet.
            }

            if (Stopwatch.GetTimestamp() > deadline) throw new LoadTestException($"/healthz did not answer 200 within 60 s:\n{process.Tail}");
            await Task.Delay(5, cancellationToken);
        }
    }
}
