namespace SlackBot.Features.Review;

/// <summary>
/// Where an export or a review pack gets its material and people's names. The one place the review reads other
/// features' records; everything after it is pure. Implementations leave withdrawn findings out.
/// </summary>
public interface IReviewMaterialSource
{
    /// <summary>The incident's material, or null when there is no such incident.</summary>
    Task<ReviewMaterial?> LoadAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>Names for everyone the material mentions or was written by; an unknown id is shown as itself.</summary>
    Task<Func<string, string>> NamesAsync(ReviewMaterial material, CancellationToken cancellationToken);
}
