using SlackBot.Testing;
using SlackBot.Testing.Fakes;
using Spectre.Console;

namespace SlackBot.LoadTest;

/// <summary>
/// The whole run: the floor server's phases, then for each transport a fresh bot (its own store), its warm-up and
/// phases, its memory before and after, and, once it has stopped, its store checked against every acknowledgement.
/// Returns 1 when an acknowledged envelope is missing, unprocessed or processed twice.
/// </summary>
public sealed class LoadDriver(LoadOptions options, IAnsiConsole console, TextWriter jsonOut)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var botDll = BotPath();
        var useMetrics = BotUnderTest.ServesMetrics(botDll);
        var postgres = options.Storage == LoadStorage.Postgres
            ? PostgresServer.Shared ?? throw new LoadTestException($"--storage postgres needs PostgreSQL installed: {PostgresServer.WhyUnavailable}")
            : null;

        var loadBefore = LoadAverage.Read();
        var floor = options.NoFloor || !options.Transports.Contains("http") ? [] : await RunFloorAsync(cancellationToken);
        var bots = new List<BotRun>();
        foreach (var transport in options.Transports) bots.Add(await RunBotAsync(botDll, transport, postgres, useMetrics, cancellationToken));

        var machine = new MachineLoad(Environment.ProcessorCount, loadBefore, LoadAverage.Read());
        LoadReport.Write(console, options, machine, floor, bots);
        // Not through Spectre, which would wrap it: the last line is one JSON object, whatever the width.
        await jsonOut.WriteLineAsync(LoadReport.Json(options, machine, floor, bots).ToJsonString());
        return bots.All(bot => bot.Store.ExactlyOnce && bot.ProcessedDuplicates == 0) ? 0 : 1;
    }

    private string BotPath()
    {
        var path = options.BotPath ?? Path.Combine(RepositoryRoot(), "src", "SlackBot", "bin", "Release", "net10.0", "SlackBot.dll");
        return File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new LoadTestException($"No built bot at {path}. Build it first: dotnet build -c Release (or pass --bot PATH).");
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SlackBot.sln"))) return directory.FullName;
            }
        }

        throw new LoadTestException("Cannot find the checkout (SlackBot.sln) from here; pass --bot PATH to the built SlackBot.dll.");
    }

    private async Task<IReadOnlyList<PhaseMeasurement>> RunFloorAsync(CancellationToken cancellationToken)
    {
        console.MarkupLine("[grey]floor server: HMAC-SHA256 + JSON parse, no storage[/]");
        await using var slack = await FakeSlack.StartAsync(cancellationToken: cancellationToken);
        LoadWorkspace.Seed(slack);
        await using var floor = ChildProcess.Start(typeof(FloorServer).Assembly.Location, Directory.GetCurrentDirectory(),
            new Dictionary<string, string> { [FloorServer.SecretVariable] = slack.SigningSecret }, "--floor-server", "--port", "0");
        var address = await floor.WaitForListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
        await using var target = new HttpTarget(slack, address, options.RequestTimeout);
        var session = new LoadSession(options, slack, target, "floor", "Ev0F", probe: null);
        await session.WarmUpAsync(cancellationToken);
        var phases = await session.RunAsync(cancellationToken);
        await floor.StopAsync(TimeSpan.FromSeconds(10));
        return phases;
    }

    private async Task<BotRun> RunBotAsync(string botDll, string transport, PostgresServer? postgres, bool useMetrics, CancellationToken cancellationToken)
    {
        console.MarkupLine($"[grey]bot over {transport}, {options.Storage}[/]");
        using var directory = new TempDirectory();
        var database = postgres?.CreateDatabase();
        try
        {
            var connectionString = database is null ? null : postgres!.ConnectionString(database);
            await using var slack = await FakeSlack.StartAsync(cancellationToken: cancellationToken);
            LoadWorkspace.Seed(slack);
            var phases = new List<PhaseMeasurement>();
            PhaseMeasurement warmUp;
            double startup;
            double? idle, after;
            int exitCode;
            string source;
            int duplicates;
            string tail;
            await using (var bot = await BotUnderTest.StartAsync(botDll, transport, slack, directory.Path, connectionString, useMetrics, cancellationToken))
            {
                startup = bot.StartupSeconds;
                source = bot.Probe.Source;
                if (transport == "socket") await slack.SocketMode.WaitForConnectionsAsync(1, TimeSpan.FromSeconds(60));
                idle = bot.Process.ResidentMegabytes();
                await using ILoadTarget target = transport == "socket"
                    ? new SocketModeTarget(slack, options.RequestTimeout)
                    : new HttpTarget(slack, bot.Address, options.RequestTimeout);
                var session = new LoadSession(options, slack, target, "bot", transport == "socket" ? "Ev0S" : "Ev0H", bot.Probe);
                warmUp = await session.WarmUpAsync(cancellationToken);
                if (warmUp.DrainSeconds is null)
                    throw new LoadTestException($"The bot did not process its warm-up within {options.DrainTimeout.TotalSeconds:0} s (counted from {source}).\n{bot.Process.Tail}");
                phases.AddRange(await session.RunAsync(cancellationToken));
                after = bot.Process.ResidentMegabytes();
                duplicates = bot.Probe.Duplicates;
                exitCode = await bot.StopAsync();
                tail = bot.Process.Tail;
            }

            var inbox = StoreCheck.ReadInbox(Path.Combine(directory.Path, "data", "slackbot.db"), connectionString);
            var verdict = StoreCheck.Verify(inbox, phases.Prepend(warmUp).SelectMany(phase => phase.AcknowledgedInboxIds));
            // The bot's last words say why, when the store says something went wrong.
            if (!verdict.ExactlyOnce || phases.Any(phase => phase.Rejected + phase.TimedOut + phase.Failed > 0)) await Console.Error.WriteLineAsync($"The {transport} bot's last output lines:\n{tail}");
            return new BotRun(transport, options.Storage.ToString().ToLowerInvariant(), source, startup, idle, after,
                [.. phases.Select(phase => StoreCheck.WithProcessing(phase, inbox))], verdict, duplicates, exitCode);
        }
        finally
        {
            if (database is not null) postgres!.DropDatabase(database);
        }
    }
}
