using System.Text;

namespace SlackBot.Features.Digests;

/// <summary>Team names as digests compare them: lower case, the way <c>/learn team</c> stores them on incidents.</summary>
public static class DigestTeams
{
    /// <summary>Lower case; anything but letters, digits and <c>. _ -</c> becomes <c>-</c> (a team name is also part of a job name).</summary>
    public static string Normalize(string team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var text = new StringBuilder(team.Length);
        foreach (var c in team.Trim().TrimStart('#').ToLowerInvariant())
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        return text.ToString();
    }

    /// <summary>Whether the incident's teams include <paramref name="team"/> (null: every incident).</summary>
    public static bool Matches(string? team, IReadOnlyList<string> incidentTeams) =>
        team is null || incidentTeams.Any(tag => string.Equals(Normalize(tag), team, StringComparison.Ordinal));
}
