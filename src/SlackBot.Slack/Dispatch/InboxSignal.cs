using System.Threading.Channels;

namespace SlackBot.Slack.Dispatch;

/// <summary>Wakes the inbox reader when an envelope was stored, so it is processed at once rather than on the next poll.</summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _stored = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _stored.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _stored.Reader.ReadAsync(cancellationToken);
}
