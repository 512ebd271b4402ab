using System.Globalization;

namespace SlackBot.LoadTest;

/// <summary>Where the bot keeps its data during the run.</summary>
public enum LoadStorage
{
    LiteDb,
    Postgres,
}

/// <summary>The command line of the load driver; <see cref="Parse"/> turns bad input into one clear message.</summary>
public sealed record LoadOptions
{
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The open-model arrival rates, one phase each, in requests per second.</summary>
    public IReadOnlyList<int> Rates { get; init; } = [200, 1000];

    /// <summary>The closed model's concurrent senders (each sends its next request once the last one is answered).</summary>
    public int Connections { get; init; } = 32;

    public LoadStorage Storage { get; init; } = LoadStorage.LiteDb;

    /// <summary>The transports to load, in order: http, then socket.</summary>
    public IReadOnlyList<string> Transports { get; init; } = ["http", "socket"];

    /// <summary>A request unanswered after this long counts as a timeout: Slack's own limit, after which it retries.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to wait, after the last ack of a phase, for the bot to process everything it acknowledged.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>The built bot; null means src/SlackBot/bin/Release/net10.0/SlackBot.dll of the checkout.</summary>
    public string? BotPath { get; init; }

    public bool Smoke { get; init; }

    /// <summary>Skip the floor server (its figures and the ratios then stay empty).</summary>
    public bool NoFloor { get; init; }

    public bool FloorServer { get; init; }

    public int Port { get; init; }

    public int Seed { get; init; } = 15;

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SlackBot.LoadTest -- [options]
          (build the bot first: dotnet build -c Release)

          --duration 20s         length of each phase (s, ms or m; plain numbers are seconds)
          --rate 200,1000        open-model arrival rates, one phase each (requests/s)
          --connections 32       closed-model concurrent senders
          --storage litedb       litedb or postgres (a throw-away cluster)
          --transport http,socket
          --timeout 3s           a request unanswered this long is a timeout (Slack's limit)
          --drain-timeout 180s   how long the bot may take to process what it acknowledged
          --bot PATH             the built SlackBot.dll (default src/SlackBot/bin/Release/net10.0/SlackBot.dll)
          --no-floor             do not start the floor server
          --seed 15              the traffic mix's random seed
          --smoke                2 s phases at 20 requests/s and 4 connections, for a quick check
          --floor-server --port 0  run only the floor server (the driver starts it this way itself)
        """;

    /// <summary>Parses the arguments, or throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        var durationGiven = false;
        var ratesGiven = false;
        var connectionsGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--duration":
                    options = options with { Duration = ParseDuration(name, Value()) };
                    durationGiven = true;
                    break;
                case "--rate":
                    options = options with { Rates = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(rate => ParsePositive(name, rate))] };
                    ratesGiven = true;
                    break;
                case "--connections":
                    options = options with { Connections = ParsePositive(name, Value()) };
                    connectionsGiven = true;
                    break;
                case "--storage":
                    options = options with { Storage = Value().ToLowerInvariant() switch
                    {
                        "litedb" => LoadStorage.LiteDb,
                        "postgres" or "postgresql" => LoadStorage.Postgres,
                        var other => throw new ArgumentException($"--storage is litedb or postgres, not '{other}'."),
                    } };
                    break;
                case "--transport":
                    var transports = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToList();
                    if (transports.Count == 0 || transports.Any(t => t is not ("http" or "socket")))
                        throw new ArgumentException("--transport is http, socket or http,socket.");
                    options = options with { Transports = transports };
                    break;
                case "--timeout":
                    options = options with { RequestTimeout = ParseDuration(name, Value()) };
                    break;
                case "--drain-timeout":
                    options = options with { DrainTimeout = ParseDuration(name, Value()) };
                    break;
                case "--bot":
                    options = options with { BotPath = Value() };
                    break;
                case "--seed":
                    options = options with { Seed = ParseNumber(name, Value()) };
                    break;
                case "--no-floor":
                    options = options with { NoFloor = true };
                    break;
                case "--smoke":
                    options = options with { Smoke = true };
                    break;
                case "--floor-server":
                    options = options with { FloorServer = true };
                    break;
                case "--port":
                    options = options with { Port = ParseNumber(name, Value()) };
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        if (options.Smoke)
        {
            options = options with
            {
                Duration = durationGiven ? options.Duration : TimeSpan.FromSeconds(2),
                Rates = ratesGiven ? options.Rates : [20],
                Connections = connectionsGiven ? options.Connections : 4,
            };
        }

        return options;
    }

    /// <summary>"20s", "500ms", "2m" or a plain number of seconds.</summary>
    public static TimeSpan ParseDuration(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (number, unit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || double.IsInfinity(value))
            throw new ArgumentException($"{name} takes a duration such as 20s, 500ms or 2m, not '{text}'.");
        return TimeSpan.FromSeconds(value * unit);
    }

    private static int ParsePositive(string name, string text)
    {
        var value = ParseNumber(name, text);
        return value > 0 ? value : throw new ArgumentException($"{name} must be above zero, not {text}.");
    }

    private static int ParseNumber(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new ArgumentException($"{name} takes a whole number, not '{text}'.");
}
