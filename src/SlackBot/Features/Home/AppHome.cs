using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Home;

/// <summary>
/// The bot's Home tab, published each time someone opens it; from then on it is also re-published when something of
/// theirs changes (<see cref="HomeRefresh"/>).
/// </summary>
public sealed class AppHome(HomePublisher publisher) : IEventListener<AppHomeOpenedEvent>
{
    public Task HandleAsync(AppHomeOpenedEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (slackEvent.Tab is not (null or "home") || slackEvent.User.Length == 0) return Task.CompletedTask;
        return publisher.PublishAsync(slackEvent.User, cancellationToken);
    }
}
