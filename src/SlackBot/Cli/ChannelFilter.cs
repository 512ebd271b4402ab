using System.Text.RegularExpressions;
using SlackBot.Features.Incidents;

namespace SlackBot.Cli;

/// <summary>Which channels a command reads: <c>--channels</c> if given, else the incident channel pattern.</summary>
internal static class ChannelFilter
{
    public static Regex? From(string? option, LearningToolkit toolkit, CliOutput output, string command)
    {
        if (option is null) return toolkit.IncidentChannels;
        if (ConfiguredPattern.Problem(option) is not { } problem) return ConfiguredPattern.Create(option);
        output.Error.WriteLine($"{command}: --channels '{option}' {problem}.");
        return null;
    }
}
