using LiteDB;
using SlackBot.Features.Ideas;

namespace SlackBot.Storage.LiteDb;

/// <summary>Fix ideas in LiteDB (collection <c>ideas</c>).</summary>
public sealed class LiteDbIdeaStore : IIdeaStore
{
    private readonly ILiteCollection<Idea> _ideas;

    public LiteDbIdeaStore(LiteDbDatabase database)
    {
        _ideas = database.Collection<Idea>(LiteDbCollections.Ideas);
        _ideas.EnsureIndex(idea => idea.IncidentId);
    }

    public Task<Idea?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_ideas.FindById(id));

    public Task<IReadOnlyList<Idea>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_ideas.Find(idea => idea.IncidentId == incidentId).OrderBy(idea => idea.CreatedAt));

    public Task<IReadOnlyList<Idea>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_ideas.FindAll().OrderBy(idea => idea.CreatedAt));

    public Task SaveAsync(Idea idea, CancellationToken cancellationToken)
    {
        _ideas.Upsert(idea);
        return Task.CompletedTask;
    }
}
