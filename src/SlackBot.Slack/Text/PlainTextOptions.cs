namespace SlackBot.Slack.Text;

/// <summary>What <see cref="SlackText.ToPlain(string, PlainTextOptions)"/> makes of the parts of a message that are not plain words.</summary>
public sealed record PlainTextOptions
{
    /// <summary>One line, mentions as <c>@name</c> or <c>@U123</c>, links as their label or else their URL.</summary>
    public static PlainTextOptions Default { get; } = new();

    /// <summary>Keep line breaks (empty lines are still dropped) instead of folding the text onto one line.</summary>
    public bool KeepLineBreaks { get; init; }

    /// <summary>Drop links that have no label, instead of showing their URL as Slack does.</summary>
    public bool OmitBareLinks { get; init; }

    /// <summary>Drop user, channel and special sequences (<c>@here</c>, user groups, dates), where only the words count.</summary>
    public bool OmitMentions { get; init; }

    /// <summary>The name to show for a mentioned user id, or null to keep Slack's label (else the id).</summary>
    public Func<string, string?>? UserName { get; init; }
}
