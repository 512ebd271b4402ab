using System.Text.RegularExpressions;

namespace SlackBot.Cli;

/// <summary>Which channels a command reads: <c>--channels</c> if given, else the incident channel pattern.</summary>
internal static class ChannelFilter
{
    public static Regex? From(string? option, LearningToolkit toolkit, CliOutput output, string command)
    {
        if (option is null) return toolkit.IncidentChannels;
        try
        {
            return new Regex(option, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            output.Error.WriteLine($"{command}: --channels '{option}' is not a valid regular expression.");
            return null;
        }
    }
}
