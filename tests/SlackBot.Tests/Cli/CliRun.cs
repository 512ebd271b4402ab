using SlackBot.Cli;

namespace SlackBot.Tests.Cli;

/// <summary>Runs a command the way the program does, capturing stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(Func<IReadOnlyList<string>, CliOutput, int> command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = command(args, CliOutput.Plain(output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static async Task<CliRun> OfAsync(Func<IReadOnlyList<string>, CliOutput, Task<int>> command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await command(args, CliOutput.Plain(output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string SamplePath => DemoCommand.SamplePath;
}
