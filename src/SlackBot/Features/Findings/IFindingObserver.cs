namespace SlackBot.Features.Findings;

/// <summary>
/// Told about every finding written or deleted, once the write has committed (never for a rolled-back one), so that
/// copies of the findings such as the search index follow the store without the store knowing about them.
/// Observers run on the writer's thread: keep them quick, and never throw for something the store already kept.
/// </summary>
public interface IFindingObserver
{
    void Saved(Finding finding);

    void Removed(string findingId);
}
