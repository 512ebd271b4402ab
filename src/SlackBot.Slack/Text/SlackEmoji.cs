namespace SlackBot.Slack.Text;

/// <summary>Emoji names as Slack writes them in reactions (events and exports alike).</summary>
public static class SlackEmoji
{
    /// <summary>The name without a skin-tone suffix: <c>thumbsup::skin-tone-2</c> → <c>thumbsup</c>.</summary>
    public static string BaseName(string name) => name.Split("::", 2)[0];
}
