using System.Text.Json;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Outbound;

namespace SlackBot.IntegrationTests.Support;

/// <summary>
/// A stand-in feature for platform tests: every human message makes the bot post a thread reply through the
/// outbox, keyed by the message, as a real feature would.
/// </summary>
public sealed class EchoToOutboxListener(IOutbox outbox) : IEventListener<MessageEvent>
{
    public Task HandleAsync(MessageEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (!slackEvent.IsFromHuman || slackEvent.Channel is null || slackEvent.Ts is null) return Task.CompletedTask;
        outbox.Enqueue(new OutboxMessage
        {
            Id = $"echo:{slackEvent.Channel}:{slackEvent.Ts}",
            Kind = OutboxKind.PostMessage,
            Channel = slackEvent.Channel,
            Payload = JsonSerializer.Serialize(new PostMessageRequest
            {
                Channel = slackEvent.Channel,
                ThreadTs = slackEvent.Ts,
                Text = "noted: " + slackEvent.Text,
            }, SlackJson.Options),
        });
        return Task.CompletedTask;
    }
}
