using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Replicas;

/// <summary>
/// One replica: the built bot as its own process in HTTP mode, on the shared PostgreSQL database and the shared fake
/// Slack, in its own working directory (its search index). A test kills it with SIGKILL; it is not restarted.
/// </summary>
public sealed class ReplicaBot(string name, FakeSlack slack, string connectionString, string directory) : IAsyncDisposable
{
    private BuiltProgram? _program;
    private string _retiredOutput = "";

    public string Name { get; } = name;

    public Uri? Address { get; private set; }

    public bool Alive => _program is { HasExited: false } && Address is not null;

    /// <summary>Everything the process wrote to stdout and stderr.</summary>
    public string Output => _program is { } running ? running.Output + running.Errors : _retiredOutput;

    public async Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        var environment = new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Http",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["SLACK_SIGNING_SECRET"] = slack.SigningSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__PostInterval"] = "00:00:00.020",
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = connectionString,
            ["Questions__CooldownAfterResolution"] = "00:00:00",
            ["Questions__RespectWorkingHours"] = "false",
            ["Scheduler__Interval"] = "00:00:00.250",
            ["Logging__LogLevel__SlackBot.Slack.Dispatch.InboxProcessor"] = "Debug",
        };
        _program = BuiltProgram.Start(directory, environment, "--urls", "http://127.0.0.1:0");
        Address = await _program.WaitForListeningAsync(ReplicaRun.Generous);
    }

    /// <summary>SIGKILL, as a node going away: no graceful stop, its connections to the database die with it.</summary>
    public void Kill()
    {
        if (_program is null) return;
        _program.Kill();
        Address = null;
    }

    /// <summary>SIGTERM, as a deployment stops it.</summary>
    public async Task StopAsync()
    {
        if (_program is null) return;
        await _program.StopAsync();
        Address = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_program is null) return;
        _retiredOutput = _program.Output + _program.Errors;
        await _program.DisposeAsync();
        _program = null;
    }
}
