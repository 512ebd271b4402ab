using System.Text.RegularExpressions;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Team tags as they are stored on an incident (<see cref="Incident.Teams"/>) and matched by the digest: lower case,
/// without a leading <c>#</c> or <c>@</c>; a Slack user group (<c>&lt;!subteam^S…|@handle&gt;</c>) or channel
/// (<c>&lt;#C…|name&gt;</c>) as Slack escapes it becomes its handle or name.
/// </summary>
public static partial class IncidentTeams
{
    public const int MaxLength = 80;

    /// <summary>The tag a typed word stands for, or null when it cannot be one (empty, a person, odd characters).</summary>
    public static string? Normalise(string typed)
    {
        var word = (typed ?? "").Trim();
        var escaped = Escaped().Match(word);
        if (escaped.Success) word = escaped.Groups["label"].Value;
        else if (word.StartsWith('<')) return null;
        word = word.TrimStart('#', '@').ToLowerInvariant();
        return word.Length is > 0 and <= MaxLength && Valid().IsMatch(word) ? word : null;
    }

    [GeneratedRegex(@"^<(!subteam\^[A-Z0-9]+|#[CG][A-Z0-9]+)\|(?<label>[^>]+)>$", RegexOptions.CultureInvariant)]
    private static partial Regex Escaped();

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}._\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Valid();
}
