using System.Threading.Channels;

namespace SlackBot.Slack.Dispatch;

/// <summary>Wakes an inbox lane's worker when an envelope was stored, so it is processed at once rather than on the next poll.</summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _events = CreateWakeup();
    private readonly Channel<bool> _interactive = CreateWakeup();

    public void Notify(InboxLane lane) => For(lane).Writer.TryWrite(true);

    public async Task WaitAsync(InboxLane lane, CancellationToken cancellationToken) =>
        await For(lane).Reader.ReadAsync(cancellationToken);

    private Channel<bool> For(InboxLane lane) => lane == InboxLane.Events ? _events : _interactive;

    private static Channel<bool> CreateWakeup() =>
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
}
