using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SlackBot.Testing;
using SlackBot.Testing.Fakes;

namespace SlackBot.Benchmarks;

/// <summary>
/// Not a BenchmarkDotNet run: starts the built program (HTTP mode, LiteDB in a fresh folder, against the fake Slack)
/// several times and reports, for each run, the wall time from process start to the first <c>/healthz</c> 200 and the
/// resident memory (VmRSS) after it has sat idle for a few seconds. Each start is a new process, as an operator's is.
/// </summary>
internal static class StartupProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <param name="args">After <c>--startup</c>: optionally the path of SlackBot.dll, the number of runs, the idle seconds.</param>
    public static async Task RunAsync(string[] args)
    {
        var program = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(AppContext.BaseDirectory, "SlackBot.dll");
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var idle = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5);
        if (!File.Exists(program)) throw new FileNotFoundException($"No built program at {program}; build with -c Release first.");

        await using var slack = await FakeSlack.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Console.WriteLine($"program: {program}");
        Console.WriteLine("run  start-to-healthz-200  idle-VmRSS");

        var startups = new List<double>();
        var residents = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            using var directory = new TempDirectory();
            var (startup, resident) = await MeasureOnceAsync(program, directory.Path, slack, http, idle);
            startups.Add(startup.TotalMilliseconds);
            residents.Add(resident);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run,3}  {startup.TotalMilliseconds,17:F0} ms  {resident,7:F1} MB"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median start-up to healthz 200: {Median(startups):F0} ms; median idle VmRSS: {Median(residents):F1} MB ({runs} runs)"));
    }

    private static async Task<(TimeSpan Startup, double ResidentMegabytes)> MeasureOnceAsync(
        string program, string workingDirectory, FakeSlack slack, HttpClient http, TimeSpan idle)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Slack__Mode"] = "Http";
        start.Environment["SLACK_BOT_TOKEN"] = slack.BotToken;
        start.Environment["SLACK_SIGNING_SECRET"] = slack.SigningSecret;
        start.Environment["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString();

        var health = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/healthz");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (!await IsHealthyAsync(http, health))
            {
                if (process.HasExited) throw new InvalidOperationException($"The program exited with {process.ExitCode} before it was healthy.");
                if (clock.Elapsed > Patience) throw new TimeoutException("The program was not healthy within a minute.");
                await Task.Delay(PollInterval);
            }

            var startup = clock.Elapsed;
            await Task.Delay(idle);
            return (startup, ResidentMegabytes(process.Id));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, Uri health)
    {
        try
        {
            using var response = await http.GetAsync(health);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }

    // VmRSS is in kB in /proc/<pid>/status (Linux only, as the container is).
    private static double ResidentMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status")
            .First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = double.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
