using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace SlackBot.LoadTest;

/// <summary>The run's figures as tables for people and as one JSON object on the last line for scripts. Bot figures
/// against HTTP are also given as a share of the floor's in the same phase.</summary>
public static class LoadReport
{
    public static void Write(IAnsiConsole console, LoadOptions options, MachineLoad machine, IReadOnlyList<PhaseMeasurement> floor, IReadOnlyList<BotRun> bots)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(machine);
        console.MarkupLine($"{machine.Cores} cores, load average {Format(machine.Before ?? double.NaN, "0.0")} before and {Format(machine.After ?? double.NaN, "0.0")} after the run; {options.Duration.TotalSeconds:0.#} s phases, storage {options.Storage}");
        ArgumentNullException.ThrowIfNull(bots);
        var table = new Table().Title("Acknowledgements").AddColumns(
            "target", "phase", "acks/s", "vs floor", "events p50 ms", "p99", "p99.9", "vs floor p99", "errors", "send lag p99", "drain s", "processed/s", "incident lag p50/p99 ms");
        foreach (var phase in floor) table.AddRow(Row(phase, null));
        foreach (var bot in bots)
        foreach (var phase in bot.Phases)
            table.AddRow(Row(phase, bot.Transport == "http" ? floor.FirstOrDefault(f => f.Name == phase.Name) : null));
        console.Write(table);

        var kinds = new Table().Title("Ack latency by kind, ms (p50 / p99 / p99.9, count)").AddColumn("target / phase");
        foreach (var kind in RequestKinds.All) kinds.AddColumn(RequestKinds.Name(kind));
        foreach (var phase in floor.Concat(bots.SelectMany(bot => bot.Phases)))
            kinds.AddRow([$"{phase.Target} {phase.Transport} {phase.Name}", .. RequestKinds.All.Select(kind => Triple(phase.Latency[kind]))]);
        console.Write(kinds);

        var process = new Table().Title("Bot processes").AddColumns("transport", "storage", "start-up to /healthz", "RSS idle", "RSS after", "processed from", "exactly once", "exit");
        foreach (var bot in bots)
        {
            process.AddRow(bot.Transport, bot.Storage, $"{bot.StartupSeconds:0.000} s", Megabytes(bot.IdleMegabytes), Megabytes(bot.AfterMegabytes), bot.ProcessedSource,
                bot.Store.ExactlyOnce && bot.ProcessedDuplicates == 0
                    ? $"[green]yes[/] ({bot.Store.Acknowledged} acknowledged)"
                    : $"[red]NO[/]: {bot.Store.Missing} missing, {bot.Store.NotProcessed} not processed, {bot.ProcessedDuplicates} processed twice {Markup.Escape(string.Join(' ', bot.Store.Examples))}",
                bot.ExitCode.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(process);
    }

    public static JsonObject Json(LoadOptions options, MachineLoad machine, IReadOnlyList<PhaseMeasurement> floor, IReadOnlyList<BotRun> bots)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(bots);
        return new JsonObject
        {
            ["cores"] = machine.Cores,
            ["loadAverageBefore"] = Number(machine.Before),
            ["loadAverageAfter"] = Number(machine.After),
            ["durationSeconds"] = options.Duration.TotalSeconds,
            ["rates"] = new JsonArray([.. options.Rates.Select(rate => (JsonNode)rate)]),
            ["connections"] = options.Connections,
            ["storage"] = options.Storage.ToString().ToLowerInvariant(),
            ["floor"] = new JsonArray([.. floor.Select(phase => (JsonNode)PhaseJson(phase, null))]),
            ["bots"] = new JsonArray([.. bots.Select(bot => (JsonNode)new JsonObject
            {
                ["transport"] = bot.Transport,
                ["storage"] = bot.Storage,
                ["processedSource"] = bot.ProcessedSource,
                ["startupSeconds"] = Number(bot.StartupSeconds),
                ["rssIdleMB"] = Number(bot.IdleMegabytes),
                ["rssAfterMB"] = Number(bot.AfterMegabytes),
                ["exactlyOnce"] = bot.Store.ExactlyOnce && bot.ProcessedDuplicates == 0,
                ["acknowledged"] = bot.Store.Acknowledged,
                ["missing"] = bot.Store.Missing,
                ["notProcessed"] = bot.Store.NotProcessed,
                ["processedWithErrors"] = bot.Store.Failed,
                ["processedTwice"] = bot.ProcessedDuplicates,
                ["exitCode"] = bot.ExitCode,
                ["phases"] = new JsonArray([.. bot.Phases.Select(phase => (JsonNode)PhaseJson(phase,
                    bot.Transport == "http" ? floor.FirstOrDefault(f => f.Name == phase.Name) : null))]),
            })]),
        };
    }

    private static JsonObject PhaseJson(PhaseMeasurement phase, PhaseMeasurement? floor)
    {
        var json = new JsonObject
        {
            ["target"] = phase.Target,
            ["transport"] = phase.Transport,
            ["phase"] = phase.Name,
            ["model"] = phase.Model,
            ["load"] = phase.Load,
            ["seconds"] = Number(phase.Seconds),
            ["acknowledged"] = phase.Acknowledged,
            ["rejected"] = phase.Rejected,
            ["rejectedByStatus"] = new JsonObject([.. phase.RejectedByStatus.Select(pair => KeyValuePair.Create(pair.Key.ToString(CultureInfo.InvariantCulture), (JsonNode?)pair.Value))]),
            ["timedOut"] = phase.TimedOut,
            ["failed"] = phase.Failed,
            ["acksPerSecond"] = Number(phase.AcksPerSecond),
            ["events"] = Summary(phase.EventLatency),
            ["kinds"] = new JsonObject([.. RequestKinds.All.Select(kind => KeyValuePair.Create(RequestKinds.Name(kind), (JsonNode?)Summary(phase.Latency[kind])))]),
            ["sendLagMs"] = Summary(phase.SendLag),
            ["drainSeconds"] = Number(phase.DrainSeconds),
            ["processedCount"] = phase.ProcessedCount,
            ["processedPerSecond"] = Number(phase.ProcessedPerSecond),
            ["incidentLagMs"] = phase.IncidentLag is null ? null : Summary(phase.IncidentLag),
        };
        if (floor is not null)
        {
            json["vsFloor"] = new JsonObject
            {
                ["acksPerSecond"] = Number(phase.AcksPerSecond / floor.AcksPerSecond),
                ["eventsP50"] = Number(phase.EventLatency.P50 / floor.EventLatency.P50),
                ["eventsP99"] = Number(phase.EventLatency.P99 / floor.EventLatency.P99),
                ["eventsP999"] = Number(phase.EventLatency.P999 / floor.EventLatency.P999),
            };
        }

        return json;
    }

    private static JsonObject Summary(LatencySummary summary) => new()
    {
        ["count"] = summary.Count,
        ["p50"] = Number(summary.P50),
        ["p99"] = Number(summary.P99),
        ["p999"] = Number(summary.P999),
        ["max"] = Number(summary.Max),
    };

    private static JsonNode? Number(double? value) =>
        value is { } number && double.IsFinite(number) ? JsonValue.Create(Math.Round(number, 3)) : null;

    private static string[] Row(PhaseMeasurement phase, PhaseMeasurement? floor) =>
    [
        $"{phase.Target} {phase.Transport}",
        phase.Name,
        Format(phase.AcksPerSecond, "0"),
        floor is null ? "" : Ratio(phase.AcksPerSecond, floor.AcksPerSecond),
        Format(phase.EventLatency.P50, "0.00"),
        Format(phase.EventLatency.P99, "0.00"),
        Format(phase.EventLatency.P999, "0.00"),
        floor is null ? "" : Ratio(phase.EventLatency.P99, floor.EventLatency.P99),
        (phase.Rejected + phase.TimedOut + phase.Failed) is var errors and > 0
            ? $"[red]{errors}[/] ({phase.Rejected} non-2xx{string.Concat(phase.RejectedByStatus.Select(pair => $" {pair.Value}×{pair.Key}"))}, {phase.TimedOut} timeouts, {phase.Failed} failed)"
            : "0",
        phase.Model == "open" ? Format(phase.SendLag.P99, "0.00") : "",
        phase.DrainSeconds is { } drain ? Format(drain, "0.000") : "",
        phase.ProcessedPerSecond is { } processed ? Format(processed, "0") : "",
        phase.IncidentLag is { Count: > 0 } lag ? $"{Format(lag.P50, "0.0")} / {Format(lag.P99, "0.0")}" : "",
    ];

    private static string Triple(LatencySummary summary) =>
        summary.Count == 0 ? "" : $"{Format(summary.P50, "0.00")} / {Format(summary.P99, "0.00")} / {Format(summary.P999, "0.00")} ({summary.Count})";

    private static string Ratio(double value, double floor) => Format(value / floor, "0.00") + "×";

    private static string Megabytes(double? value) => value is { } megabytes ? $"{megabytes:0} MB" : "";

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
