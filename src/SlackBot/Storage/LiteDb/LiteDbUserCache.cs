using LiteDB;
using SlackBot.Features.Workspace;

namespace SlackBot.Storage.LiteDb;

/// <summary>People as the bot last saw them, in LiteDB (collection <c>users</c>).</summary>
public sealed class LiteDbUserCache(LiteDbDatabase database) : IUserCache
{
    private readonly ILiteCollection<PersonInfo> _people = database.Collection<PersonInfo>(LiteDbCollections.Users);

    public Task<PersonInfo?> FindAsync(string userId, CancellationToken cancellationToken) => Completed.Value(_people.FindById(userId));

    public Task SaveAsync(PersonInfo person, CancellationToken cancellationToken)
    {
        _people.Upsert(person);
        return Task.CompletedTask;
    }
}
