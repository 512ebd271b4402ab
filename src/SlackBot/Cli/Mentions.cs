using SlackBot.Slack.Blocks;

namespace SlackBot.Cli;

/// <summary>Turns Slack text into what a terminal reader should see: <c>&lt;@U123&gt;</c> becomes <c>@Name</c>, entities are decoded.</summary>
public static class Mentions
{
    public static string ToReadable(string slackText, Func<string, string> nameOf) =>
        Mrkdwn.ReplaceMentions(slackText, userId => "@" + nameOf(userId))
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
}
