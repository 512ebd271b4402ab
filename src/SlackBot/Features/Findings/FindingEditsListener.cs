using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Findings;

/// <summary>When the message behind a finding is edited the finding follows; when it is deleted the finding goes.</summary>
public sealed class FindingEditsListener(FindingRecorder recorder) : IEventListener<MessageEvent>
{
    public async Task HandleAsync(MessageEvent message, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (message.Channel is not { } channel) return;
        switch (message.Subtype)
        {
            case "message_changed" when message.Message is { Ts: { } ts, Text: { } text }:
                await recorder.EditAsync(Finding.IdForMessage(channel, ts), text, cancellationToken);
                break;
            case "message_deleted" when message.DeletedTs is { } deletedTs:
                await recorder.RemoveAsync(Finding.IdForMessage(channel, deletedTs), cancellationToken);
                break;
        }
    }
}
