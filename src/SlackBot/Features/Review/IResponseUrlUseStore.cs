namespace SlackBot.Features.Review;

/// <summary>
/// How often the bot used each response_url (<see cref="ResponseUrlUse"/>, keyed by a hash of the URL). Uses are
/// written through the unit of work together with the message they count, so a use is counted exactly when its
/// message is written.
/// </summary>
public interface IResponseUrlUseStore
{
    Task<ResponseUrlUse?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Forgets URLs issued before <paramref name="issuedBefore"/>; returns how many.</summary>
    Task<int> PruneIssuedBeforeAsync(DateTimeOffset issuedBefore, CancellationToken cancellationToken);
}
