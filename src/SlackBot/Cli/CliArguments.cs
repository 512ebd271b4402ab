namespace SlackBot.Cli;

/// <summary>
/// The arguments of one command: positional values, <c>--name value</c> / <c>--name=value</c> options, and
/// <c>--Section:Key=value</c> settings (passed on to configuration, as for the bot itself).
/// </summary>
public sealed record CliArguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Settings, bool Help, string? Error)
{
    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> knownOptions)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var settings = new List<string>();
        var help = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                help = true;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var body = arg[2..];
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? body : body[..equals];
            if (name.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(arg);
                continue;
            }

            if (!knownOptions.Contains(name)) return new([], options, settings, help, $"Unknown option '--{name}'.");
            if (equals >= 0) options[name] = body[(equals + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) options[name] = args[++i];
            else return new([], options, settings, help, $"Option '--{name}' needs a value.");
        }

        return new(positional, options, settings, help, null);
    }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
