using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Findings;

/// <summary>When the message behind a finding is edited the finding follows; when it is deleted (or tombstoned) the finding goes.</summary>
public sealed class FindingEditsListener(FindingRecorder recorder) : IEventListener<MessageEvent>
{
    public Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is not { } channel) return Task.CompletedTask;
        // A tombstone ("This message was deleted.") is a deletion too, never the finding's new text.
        if (message.RemovedTs is { } removedTs) recorder.Remove(Finding.IdForMessage(channel, removedTs));
        else if (message.Edit is { Ts: { } ts, Text: { } text }) recorder.Edit(Finding.IdForMessage(channel, ts), text);

        return Task.CompletedTask;
    }
}
