namespace SlackBot.Testing.Fakes;

/// <summary>The bot's answer to an interaction the fake sent (a shortcut), with the trigger_id and response_url Slack
/// gave it, so a test can find the modal it opened in <see cref="FakeSlack.OpenedViews"/> or its reply in
/// <see cref="FakeSlack.ResponseUrlPosts"/>.</summary>
public sealed record InteractionDelivery(HttpResponseMessage Response, string TriggerId, Uri ResponseUrl) : IDisposable
{
    public void Dispose() => Response.Dispose();
}
