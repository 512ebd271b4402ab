using System.Collections.Concurrent;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.IntegrationTests.Support;

/// <summary>What test listeners saw, shared across host restarts within one test.</summary>
public sealed class ListenerJournal
{
    public ConcurrentQueue<string> Seen { get; } = new();

    /// <summary>While set, listeners block until the host stops, so an envelope stays in flight.</summary>
    public bool Stall { get; set; }
}

/// <summary>Records every message event it gets: "channel:ts:text".</summary>
public sealed class RecordingMessageListener(ListenerJournal journal) : IEventListener<MessageEvent>
{
    public async Task HandleAsync(MessageEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (journal.Stall) await Task.Delay(Timeout.Infinite, cancellationToken);
        journal.Seen.Enqueue($"{slackEvent.Channel}:{slackEvent.Ts}:{slackEvent.Text}");
    }
}
