namespace SlackBot.Testing.Fakes;

/// <summary>The bot's answer to a slash command, with the response_url and trigger_id Slack gave it, so a test can
/// find the bot's delayed reply in <see cref="FakeSlack.ResponseUrlPosts"/> or its modal in <see cref="FakeSlack.OpenedViews"/>.</summary>
public sealed record SlashCommandDelivery(HttpResponseMessage Response, Uri ResponseUrl, string TriggerId) : IDisposable
{
    /// <summary>The id at the end of <see cref="ResponseUrl"/>, as recorded in <see cref="ResponseUrlPost.ResponseUrlId"/>.</summary>
    public string ResponseUrlId => ResponseUrl.Segments[^1];

    public void Dispose() => Response.Dispose();
}
