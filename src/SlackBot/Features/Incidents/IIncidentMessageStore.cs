namespace SlackBot.Features.Incidents;

/// <summary>
/// People's messages in incident channels, keyed by channel and ts (<see cref="IncidentMessage.IdFor"/>). Every
/// implementation keeps the contract in <c>docs/storage-contract.md</c> ("Incident messages").
/// </summary>
public interface IIncidentMessageStore
{
    Task<IncidentMessage?> FindAsync(string channelId, string ts, CancellationToken cancellationToken);

    /// <summary>The incident's messages, oldest first.</summary>
    Task<IReadOnlyList<IncidentMessage>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>Who wrote in the incident, each once with their first message's time, the first to write first; reads no text.</summary>
    Task<IReadOnlyList<IncidentWriter>> WritersAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="IncidentMessage.Id"/>.</summary>
    Task SaveAsync(IncidentMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces the text of a stored message; a message that is not stored stays unstored.</summary>
    Task EditAsync(string channelId, string ts, string text, CancellationToken cancellationToken);

    /// <summary>Forgets the message; nothing happens when it is not stored.</summary>
    Task DeleteAsync(string channelId, string ts, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="max"/> messages written before <paramref name="before"/> whose text is still kept and not
    /// held (<see cref="IncidentMessage.TextHeld"/>), oldest first: what retention has yet to look at.
    /// </summary>
    Task<IReadOnlyList<IncidentMessage>> TextKeptBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Empties the message's text and records when; a message that is not stored stays unstored.</summary>
    Task DropTextAsync(string id, DateTimeOffset droppedAt, CancellationToken cancellationToken);

    /// <summary>Marks the message's text as the product's (a moment or a finding), so retention leaves it.</summary>
    Task HoldTextAsync(string id, CancellationToken cancellationToken);
}
