using LiteDB;
using SlackBot.Features.Review;

namespace SlackBot.Storage.LiteDb;

/// <summary>response_url uses in LiteDB (collection <c>response_url_uses</c>).</summary>
public sealed class LiteDbResponseUrlUseStore(LiteDbDatabase database) : IResponseUrlUseStore
{
    private readonly ILiteCollection<ResponseUrlUse> _uses = database.Collection<ResponseUrlUse>(LiteDbCollections.ResponseUrlUses);

    public Task<ResponseUrlUse?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_uses.FindById(id));

    public Task<int> PruneIssuedBeforeAsync(DateTimeOffset issuedBefore, CancellationToken cancellationToken)
    {
        var old = _uses.FindAll().Where(use => use.IssuedAt < issuedBefore).Select(use => use.Id).ToList();
        foreach (var id in old) _uses.Delete(id);
        return Task.FromResult(old.Count);
    }
}
