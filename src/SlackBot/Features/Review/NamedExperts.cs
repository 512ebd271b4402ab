using System.Text.RegularExpressions;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Review;

/// <summary>A person others named as the one who knows, and the words that named them.</summary>
internal sealed record NamedExpert(string UserId, string NamedBy, string Words);

/// <summary>
/// Finds the people others point to: "only @dave knows the retry worker", "@dave is the only one who understands it",
/// "ask @dave", "dave would know". Mentions are read from Slack's markup; a plain name counts when it is the name of
/// someone the incident already knows, so that "only this knows" names nobody.
/// </summary>
internal static partial class NamedExperts
{
    public static IReadOnlyList<NamedExpert> Find(IEnumerable<(string AuthorId, string SlackText)> texts, IReadOnlyDictionary<string, string> peopleByName)
    {
        var named = new List<NamedExpert>();
        foreach (var (authorId, slackText) in texts)
        {
            // Mentions become "@@U123" (the plain text's "@" before the id), so that the patterns tell them from typed names.
            var marked = SlackText.ToPlain(slackText, new PlainTextOptions { KeepLineBreaks = true, UserName = id => "@" + id });
            foreach (var pattern in Patterns)
            {
                foreach (Match match in pattern.Matches(marked))
                {
                    var who = match.Groups["who"].Value;
                    var userId = who.StartsWith("@@", StringComparison.Ordinal)
                        ? who[2..]
                        : peopleByName.GetValueOrDefault(who.TrimStart('@'));
                    if (userId is null || userId == authorId) continue;
                    named.Add(new NamedExpert(userId, authorId, slackText));
                }
            }
        }

        return named;
    }

    private static readonly Regex[] Patterns =
    [
        OnlyPersonKnows(), PersonIsTheOnlyOne(), PersonWouldKnow(), AskPerson(),
    ];

    private const string Who = @"(?<who>@@[UW][A-Z0-9]+|@?[\p{L}][\p{L}\d._\-]*)";

    [GeneratedRegex(@"\bonly " + Who + @" (?:really )?(?:knows|understands|remembers|can|has access)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlyPersonKnows();

    [GeneratedRegex(Who + @" (?:is|was|'s) the only (?:one|person) (?:who|that) (?:knows|understands|remembers|can|has)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonIsTheOnlyOne();

    [GeneratedRegex(Who + @" (?:would know|will know|knows (?:this|that|it|how|the|best|more))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonWouldKnow();

    [GeneratedRegex(@"\b(?:ask|ping|pull in|loop in) " + Who + @"(?=[\s,.!?:;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskPerson();
}
