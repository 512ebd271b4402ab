using System.Text.RegularExpressions;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Regular expressions written by the people who run the bot (<c>Incidents:ChannelPattern</c>, resolution phrases,
/// the CLI's <c>--channels</c>) run on .NET's non-backtracking engine: no message can make them slow, and a CPU stall
/// can never turn into a match timeout that loses a delivery. Lookarounds and backreferences are refused.
/// </summary>
public static class ConfiguredPattern
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>The pattern, case-insensitive; throws <see cref="ArgumentException"/> when it is not one we can run.</summary>
    public static Regex Create(string pattern) => new(pattern, Options);

    /// <summary>Null when <paramref name="pattern"/> can run; otherwise why not, for a start-up message.</summary>
    public static string? Problem(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return "is empty";
        try
        {
            _ = Create(pattern);
            return null;
        }
        catch (NotSupportedException)
        {
            return "uses a lookaround or backreference, which the bot's linear-time regex engine does not run; rewrite it without";
        }
        catch (ArgumentException exception)
        {
            return "is not a valid regular expression (" + exception.Message + ")";
        }
    }
}
