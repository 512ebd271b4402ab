using SlackBot.LoadTest;
using Spectre.Console;

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

try
{
    return await new LoadDriver(options, AnsiConsole.Console).RunAsync(stop.Token);
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
