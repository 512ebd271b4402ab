using SlackBot.Eventing;
using SlackBot.Features.Incidents;

namespace SlackBot.Features.Findings;

/// <summary>When the message behind a finding is edited the finding follows; when it is deleted (or tombstoned) the finding goes.</summary>
public sealed class FindingEditsListener(FindingRecorder recorder) : IFeatureEventHandler<MessageTextChanged>, IFeatureEventHandler<MessageRemoved>
{
    public async Task HandleAsync(MessageTextChanged edited, CancellationToken cancellationToken)
    {
        if (edited.NewText is { } text) await recorder.EditAsync(Finding.IdForMessage(edited.ChannelId, edited.Ts), text, cancellationToken);
    }

    public Task HandleAsync(MessageRemoved removed, CancellationToken cancellationToken) =>
        recorder.RemoveAsync(Finding.IdForMessage(removed.ChannelId, removed.Ts), cancellationToken);
}
