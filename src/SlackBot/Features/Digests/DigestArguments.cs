namespace SlackBot.Features.Digests;

/// <summary>
/// The words after <c>digest subscribe</c> (and the team after <c>unsubscribe</c>, <c>preview</c>): an optional team
/// first, then an optional schedule. A first word that starts a schedule (a day, a digit, <c>*</c>, a zone) is not a team;
/// <c>all</c> (or nothing) means every team.
/// </summary>
public sealed record DigestArguments(string? Team, string Schedule)
{
    public static DigestArguments Read(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return new(null, "");
        var first = words[0];
        if (StartsSchedule(first)) return new(null, string.Join(' ', words));
        var team = DigestTeams.Normalize(first);
        return new(team is "all" or "everyone" or "" ? null : team, string.Join(' ', words.Skip(1)));
    }

    private static bool StartsSchedule(string word) =>
        char.IsAsciiDigit(word[0]) || word[0] == '*' || word.Contains('/', StringComparison.Ordinal) ||
        word.Equals("UTC", StringComparison.OrdinalIgnoreCase) ||
        DigestSchedule.TryParse(word, TimeZoneInfo.Utc, out _) is not null;
}
