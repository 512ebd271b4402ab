using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SlackBot.Features.Incidents;

/// <summary>The <c>Incidents</c> settings: which channels are incidents and what ends one.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    /// <summary>A regular expression on channel names; a match makes the channel an incident channel.</summary>
    public string ChannelPattern { get; set; } = "^(inc|incident)[-_]";

    /// <summary>
    /// Extra regular expressions (case-insensitive) that mark a message as "the incident is resolved", on top of the
    /// built-in ones (see <see cref="ResolutionSignals"/>).
    /// </summary>
#pragma warning disable CA1819 // Configuration binding speaks arrays.
    public string[] ResolutionPhrases { get; set; } = [];
#pragma warning restore CA1819

    /// <summary>An active incident with no human message for this long is considered resolved.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Join public incident channels the bot learns of but is not in (needs <c>channels:join</c>).</summary>
    public bool JoinPublicChannels { get; set; } = true;
}

public sealed class IncidentOptionsValidator : IValidateOptions<IncidentOptions>
{
    public ValidateOptionsResult Validate(string? name, IncidentOptions options)
    {
        var failures = new List<string>();
        if (ConfiguredPattern.Problem(options.ChannelPattern) is { } channelProblem)
            failures.Add($"Incidents:ChannelPattern {channelProblem} (e.g. ^(inc|incident)[-_]).");
        for (var i = 0; i < options.ResolutionPhrases.Length; i++)
        {
            if (ConfiguredPattern.Problem(options.ResolutionPhrases[i]) is { } phraseProblem)
                failures.Add($"Incidents:ResolutionPhrases:{i} {phraseProblem}.");
        }

        if (options.QuietPeriod <= TimeSpan.Zero) failures.Add("Incidents:QuietPeriod must be positive, e.g. 12:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
