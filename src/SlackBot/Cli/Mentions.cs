using System.Text.RegularExpressions;

namespace SlackBot.Cli;

/// <summary>Turns Slack text into what a terminal reader should see: <c>&lt;@U123&gt;</c> becomes <c>@Name</c>, entities are decoded.</summary>
public static partial class Mentions
{
    public static string ToReadable(string slackText, Func<string, string> nameOf) =>
        MentionPattern().Replace(slackText, match => "@" + nameOf(match.Groups[1].Value))
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex MentionPattern();
}
