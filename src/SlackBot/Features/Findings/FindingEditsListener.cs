using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Findings;

/// <summary>When the message behind a finding is edited the finding follows; when it is deleted (or tombstoned) the finding goes.</summary>
public sealed class FindingEditsListener(FindingRecorder recorder) : IEventListener<MessageEvent>
{
    public async Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is not { } channel) return;
        // A tombstone ("This message was deleted.") is a deletion too, never the finding's new text.
        if (message.RemovedTs is { } removedTs) await recorder.RemoveAsync(Finding.IdForMessage(channel, removedTs), cancellationToken);
        else if (message.Edit is { Ts: { } ts, Text: { } text }) await recorder.EditAsync(Finding.IdForMessage(channel, ts), text, cancellationToken);
    }
}
