using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SlackBot.IntegrationTests.Support;

/// <summary>
/// The built program (SlackBot.dll, as `dotnet run` or the container would start it) in its own process, with
/// settings from environment variables only. Output is captured for assertions.
/// </summary>
public sealed partial class BuiltProgram : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private BuiltProgram(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors) return _errors.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static BuiltProgram Start(string workingDirectory, IDictionary<string, string> environment, params string[] arguments) =>
        Start(workingDirectory, environment, fileSizeLimitKiB: null, arguments);

    /// <summary>
    /// As <see cref="Start(string, IDictionary{string, string}, string[])"/>; with <paramref name="fileSizeLimitKiB"/>
    /// no file the program writes may grow past that size (<c>ulimit -f</c>, SIGXFSZ ignored), so a write that would
    /// grow one fails with EFBIG as it would with ENOSPC on a full disk, without root or a mounted filesystem.
    /// </summary>
    public static BuiltProgram Start(string workingDirectory, IDictionary<string, string> environment, int? fileSizeLimitKiB, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileSizeLimitKiB is null ? "dotnet" : "/bin/bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fileSizeLimitKiB is { } limit)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"trap '' XFSZ; ulimit -f {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}; exec dotnet \"$@\"");
            start.ArgumentList.Add("sh");
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SlackBot.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // Nothing from the test runner's environment may leak in and change the outcome.
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("SLACK", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("Slack__", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase) ||
                                                               key.Equals("DATABASE_URL", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var program = new BuiltProgram(process);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (program._output) program._output.AppendLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (program._errors) program._errors.AppendLine(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return program;
    }

    /// <summary>The address Kestrel reports once it listens (start with --urls http://127.0.0.1:0).</summary>
    public async Task<Uri> WaitForListeningAsync(TimeSpan? timeout = null)
    {
        Uri? address = null;
        await Poll.UntilAsync(() =>
        {
            if (_process.HasExited) throw new InvalidOperationException($"The program exited with {_process.ExitCode}.\n{Output}\n{Errors}");
            var match = ListeningOn().Match(Output);
            if (match.Success) address = new Uri(match.Groups[1].Value);
            return address is not null;
        }, timeout ?? TimeSpan.FromSeconds(60), "the program to listen");
        return address!;
    }

    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>Ends the process at once, as a crash or `kill -9` would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Asks the program to stop as a supervisor would (SIGTERM) and waits for it.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.CompletedTask;
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
