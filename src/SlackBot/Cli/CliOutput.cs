using Spectre.Console;

namespace SlackBot.Cli;

/// <summary>
/// Where a command writes: <see cref="Out"/> for its result (plain text or JSON), <see cref="Console"/> for
/// styled human output, <see cref="Error"/> for problems and progress. Tests pass their own writers.
/// </summary>
public sealed class CliOutput(TextWriter output, TextWriter error, IAnsiConsole console)
{
    private const int RedirectedWidth = 120;

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public IAnsiConsole Console { get; } = console;

    public static CliOutput System()
    {
        var console = AnsiConsole.Console;
        // Piped into a file or another program there is no terminal width to follow: use a generous fixed one.
        if (global::System.Console.IsOutputRedirected) console.Profile.Width = RedirectedWidth;
        return new(global::System.Console.Out, global::System.Console.Error, console);
    }

    /// <summary>Styled output into a plain writer (no colours, no cursor tricks, no wrapping): for tests and redirected output.</summary>
    public static CliOutput Plain(TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = RedirectedWidth;
        return new(output, error, console);
    }
}
