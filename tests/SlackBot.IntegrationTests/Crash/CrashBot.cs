using System.Globalization;
using System.Text;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// The built bot as a separate process on one data file, in HTTP or Socket mode, that a test kills with SIGKILL
/// and starts again. Keeps everything every process generation wrote (for the secret scan and the figures) and the
/// clock offset the processes share with the fake Slack.
/// </summary>
public sealed class CrashBot : IAsyncDisposable
{
    private readonly FakeSlack _slack;
    private readonly string _directory;
    private readonly StringBuilder _allOutput = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BuiltProgram? _program;
    private int _newestConnectionBefore;

    public CrashBot(FakeSlack slack, string directory, bool socketMode, TimeSpan clockOffset)
    {
        _slack = slack;
        _directory = directory;
        SocketMode = socketMode;
        ClockOffset = clockOffset;
    }

    public bool SocketMode { get; }

    /// <summary>How far the bot's clock runs ahead of the system clock (the fake Slack's clock is shifted as much).</summary>
    public TimeSpan ClockOffset { get; set; }

    public string DataFile => Path.Combine(_directory, "data", "slackbot.db");

    /// <summary>Bumped on every start: a delivery that began under an older generation was cut off by a kill.</summary>
    public int Generation { get; private set; }

    public int Kills { get; private set; }

    public Uri? Address { get; private set; }

    /// <summary>Everything written to stdout and stderr by every process so far, the running one included.</summary>
    public string AllOutput
    {
        get
        {
            lock (_allOutput) return _allOutput.ToString() + (_program is { } running ? running.Output + running.Errors : "");
        }
    }

    public async Task StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await StartLockedAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>SIGKILL (the whole process tree), then a new process on the same file.</summary>
    public async Task KillAndRestartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _program?.Kill();
            Kills++;
            Retire();
            await StartLockedAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>SIGTERM, as a deployment stops it; waits for a clean exit.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_program is null) return;
            await _program.StopAsync();
            var exit = _program.ExitCode;
            Retire();
            Assert.That(exit, Is.Zero, "a graceful stop exits 0");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Waits until the current process can take deliveries; returns its generation.</summary>
    public async Task<int> ReadyAsync()
    {
        await Poll.UntilAsync(() => Address is not null && (!SocketMode || _slack.SocketMode.Connections.Any(connection => connection.Id > _newestConnectionBefore)),
            CrashRun.Generous, "the bot to be up");
        return Generation;
    }

    private async Task StartLockedAsync()
    {
        Address = null;
        _newestConnectionBefore = _slack.SocketMode.ConnectionHistory.Select(connection => connection.Id).DefaultIfEmpty(0).Max();
        var environment = new Dictionary<string, string>
        {
            ["Slack__Mode"] = SocketMode ? "Socket" : "Http",
            ["SLACK_BOT_TOKEN"] = _slack.BotToken,
            ["SLACK_APP_TOKEN"] = _slack.AppToken,
            ["SLACK_SIGNING_SECRET"] = _slack.SigningSecret,
            ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Slack__PostInterval"] = "00:00:00.050",
            ["Questions__CooldownAfterResolution"] = "00:00:00",
            ["Questions__RespectWorkingHours"] = "false",
            ["Scheduler__Interval"] = "00:00:00.250",
            ["Digest__Chart"] = "true",
            ["Testing__ClockOffset"] = ClockOffset.ToString("c", CultureInfo.InvariantCulture),
            // The inbox worker's Debug line is how the harness sees, from outside, that an envelope was processed.
            ["Logging__LogLevel__SlackBot.Slack.Dispatch.InboxProcessor"] = "Debug",
            ["Logging__LogLevel__SlackBot.Slack.Outbound.OutboxSender"] = "Debug",
        };
        _program = BuiltProgram.Start(_directory, environment, "--urls", "http://127.0.0.1:0");
        Generation++;
        Address = await _program.WaitForListeningAsync(CrashRun.Generous);
    }

    private void Retire()
    {
        if (_program is null) return;
        lock (_allOutput) _allOutput.Append(_program.Output).Append(_program.Errors);
        _program.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _program = null;
        Address = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_program is not null)
        {
            await _program.DisposeAsync();
            _program = null;
        }

        _gate.Dispose();
    }
}
