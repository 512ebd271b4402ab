using Spectre.Console;

namespace SlackBot.LoadTest;

/// <summary>The entry point: the load run, or (with --floor-server) only the floor server, which the run starts this way.</summary>
public static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException bad)
        {
            await Console.Error.WriteLineAsync(bad.Message);
            await Console.Error.WriteLineAsync(LoadOptions.Usage);
            return 2;
        }

        if (options.FloorServer) return await FloorServer.RunAsync(options.Port);

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, cancel) =>
        {
            cancel.Cancel = true;
            stop.Cancel();
        };

        var console = AnsiConsole.Console;
        // Piped into a file or a CI log, Spectre assumes 80 columns and wraps the tables; give them room.
        if (Console.IsOutputRedirected) console.Profile.Width = 240;
        try
        {
            return await new LoadDriver(options, console, Console.Out).RunAsync(stop.Token);
        }
        catch (LoadTestException failure)
        {
            await Console.Error.WriteLineAsync(failure.Message);
            return 2;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped.");
            return 130;
        }
    }
}
