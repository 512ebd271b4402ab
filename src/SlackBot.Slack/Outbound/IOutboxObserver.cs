namespace SlackBot.Slack.Outbound;

/// <summary>
/// Lets a feature learn what became of its rows (e.g. the <c>ts</c> of a posted question). Called after the row's
/// final state is stored: <see cref="OutboxStatus.Sent"/> or <see cref="OutboxStatus.Parked"/>.
/// </summary>
public interface IOutboxObserver
{
    Task OnCompletedAsync(OutboxMessage message, CancellationToken cancellationToken);
}
