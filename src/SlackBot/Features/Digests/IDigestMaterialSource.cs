namespace SlackBot.Features.Digests;

/// <summary>
/// Where a digest gets its material: the one place the digest reads other features' records, by time (indexed), never
/// by scanning the store. Everything after it is pure (<see cref="DigestComposer"/>).
/// </summary>
public interface IDigestMaterialSource
{
    /// <param name="period">The period the digest covers; the material also holds the four weeks before it.</param>
    /// <param name="subscriptionId">For the pulse of its earlier digests; null for none (the command line, a preview).</param>
    Task<DigestMaterial> LoadAsync(DigestPeriod period, TimeZoneInfo zone, string? subscriptionId, CancellationToken cancellationToken);
}
