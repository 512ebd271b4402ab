using Microsoft.Extensions.Configuration;

namespace SlackBot.Hosting;

/// <summary>
/// Slack's own tools name the credentials SLACK_BOT_TOKEN, SLACK_APP_TOKEN and SLACK_SIGNING_SECRET; accept those
/// as well as the <c>Slack__BotToken</c> form. The explicit form wins when both are set.
/// </summary>
public static class SlackEnvironmentAliases
{
    private static readonly (string Variable, string Key)[] Aliases =
    [
        ("SLACK_BOT_TOKEN", "Slack:BotToken"),
        ("SLACK_APP_TOKEN", "Slack:AppToken"),
        ("SLACK_SIGNING_SECRET", "Slack:SigningSecret"),
    ];

    /// <summary>Adds the aliases as a configuration source; call it before the standard environment variables are added.</summary>
    public static IConfigurationBuilder AddSlackEnvironmentAliases(this IConfigurationBuilder configuration)
    {
        var values = Aliases
            .Select(alias => (alias.Key, Value: Environment.GetEnvironmentVariable(alias.Variable)))
            .Where(pair => !string.IsNullOrEmpty(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        return configuration.AddInMemoryCollection(values);
    }
}
