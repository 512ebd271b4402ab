using System.Text;
using System.Text.RegularExpressions;

namespace SlackBot.Slack.Text;

/// <summary>
/// The people a message mentions. In mrkdwn a mention is <c>&lt;@U123&gt;</c> (or <c>&lt;@U123|name&gt;</c>); in the plain
/// text <see cref="SlackText.ToPlain(string)"/> makes of it, one without a label is left as <c>@U123</c> until a name is
/// known (a users.info lookup, an export's users.json), which <see cref="NameUsers"/> then puts in.
/// </summary>
public static partial class SlackMentions
{
    /// <summary>A Slack user id: U (or W, for Enterprise Grid) and upper-case letters and digits.</summary>
    public static bool IsUserId(string? id) => id is not null && UserId().IsMatch(id);

    /// <summary>The user ids mentioned in mrkdwn, each once, in the order they first appear.</summary>
    public static IReadOnlyList<string> UsersIn(string mrkdwn) =>
        ControlSequence.In(mrkdwn)
            .Where(sequence => sequence.Kind == ControlSequenceKind.User && IsUserId(sequence.Target))
            .Select(sequence => sequence.Target)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The users mentioned in <paramref name="mrkdwn"/> that <paramref name="plain"/> (read from it) still shows by id.</summary>
    public static IReadOnlyList<string> UsersShownById(string plain, string mrkdwn) =>
        UsersIn(mrkdwn).Where(userId => IndexOfPlainMention(plain, userId, 0) >= 0).ToList();

    /// <summary>
    /// Puts names in for the <c>@U123</c> that <paramref name="plain"/> (read from <paramref name="mrkdwn"/>) still shows:
    /// only ids the message really mentions, and only those <paramref name="nameOf"/> has a name for. Plain text never pings.
    /// </summary>
    public static string NameUsers(string plain, string mrkdwn, Func<string, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(nameOf);
        foreach (var userId in UsersShownById(plain, mrkdwn))
        {
            if (nameOf(userId) is not { Length: > 0 } name) continue;
            plain = ReplacePlainMentions(plain, userId, "@" + name);
        }

        return plain;
    }

    private static string ReplacePlainMentions(string plain, string userId, string replacement)
    {
        var named = new StringBuilder(plain.Length);
        var position = 0;
        for (var found = IndexOfPlainMention(plain, userId, 0); found >= 0; found = IndexOfPlainMention(plain, userId, position))
        {
            named.Append(plain, position, found - position).Append(replacement);
            position = found + 1 + userId.Length;
        }

        return named.Append(plain, position, plain.Length - position).ToString();
    }

    // "@U123" but not the start of "@U1234": an id ends where its upper-case letters and digits do.
    private static int IndexOfPlainMention(string plain, string userId, int start)
    {
        var mention = "@" + userId;
        for (var found = plain.IndexOf(mention, start, StringComparison.Ordinal); found >= 0; found = plain.IndexOf(mention, found + 1, StringComparison.Ordinal))
        {
            var end = found + mention.Length;
            if (end == plain.Length || !(char.IsAsciiLetterUpper(plain[end]) || char.IsAsciiDigit(plain[end]))) return found;
        }

        return -1;
    }

    [GeneratedRegex("^[UW][A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();
}
