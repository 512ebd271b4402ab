using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SlackBot.LoadTest;

/// <summary>
/// A .NET program run as <c>dotnet some.dll</c> in its own process, with a clean environment plus the given
/// variables; its output lines go to <see cref="OutputLine"/> and the last few are kept for error messages.
/// </summary>
public sealed partial class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private Uri? _listening;

    private ChildProcess(Process process) => _process = process;

    /// <summary>Raised for every line on stdout or stderr, on a reader thread.</summary>
    public event Action<string>? OutputLine;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the program wrote, for a message when it fails.</summary>
    public string Tail
    {
        get
        {
            lock (_lastLines) return string.Join(Environment.NewLine, _lastLines);
        }
    }

    public static ChildProcess Start(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The driver's own settings must not change the bot's.
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("SLACK", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("Slack__", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("Telemetry__", StringComparison.OrdinalIgnoreCase) ||
                                                               key.Equals("DATABASE_URL", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) ||
                                                               key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, line) => child.OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => child.OnLine(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The address Kestrel (or the floor server) prints once it listens.</summary>
    public async Task<Uri> WaitForListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Volatile.Read(ref _listening) is null)
        {
            if (_process.HasExited) throw new LoadTestException($"The program exited with {_process.ExitCode} before it listened:\n{Tail}");
            if (Stopwatch.GetTimestamp() > deadline) throw new LoadTestException($"The program did not listen within {timeout.TotalSeconds:0} s:\n{Tail}");
            await Task.Delay(2, cancellationToken);
        }

        return _listening!;
    }

    /// <summary>Resident memory from /proc/&lt;pid&gt;/status (VmRSS), in MiB; null where there is no /proc.</summary>
    public double? ResidentMegabytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Id.ToString(CultureInfo.InvariantCulture)}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is null) return null;
            var kilobytes = long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            return kilobytes / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Asks the program to stop as a supervisor would (SIGTERM) and waits; kills it if it does not stop in time.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var wait = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines) _lastLines.Dequeue();
        }

        if (_listening is null && ListeningOn().Match(line) is { Success: true } match)
            Volatile.Write(ref _listening, new Uri(match.Groups[1].Value));
        OutputLine?.Invoke(line);
    }

    [GeneratedRegex(@"(?:Now listening on|Floor server listening on): (http://\S+)")]
    private static partial Regex ListeningOn();
}
