using System.Text.Json.Nodes;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Features.Home;

/// <summary>
/// Publishes one person's Home view through the outbox (<c>views.publish</c>), and remembers that they are a Home
/// viewer. Each publish counts up the viewer's <see cref="HomeViewer.Publishes"/> in the same unit of work as its outbox
/// row (<c>home:{user}:{n}</c>), so a refresh is never taken for a duplicate of the previous one.
/// </summary>
public sealed class HomePublisher(HomeContentReader reader, IHomeViewerStore viewers, IUnitOfWork unitOfWork, TimeProvider time)
{
    // One publish at a time in this process: two at once would read the same count and the later view would be dropped
    // as a duplicate row. Publishing is rare (people opening Home, things of theirs changing), so one gate is enough.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Someone opened Home: publish it, and from now on keep it fresh for them.</summary>
    public Task PublishAsync(string userId, CancellationToken cancellationToken) => PublishAsync(userId, onlyForViewers: false, cancellationToken);

    /// <summary>Something of theirs changed: publish again, but only for someone who has opened Home before.</summary>
    public Task<bool> RefreshAsync(string userId, CancellationToken cancellationToken) => PublishAsync(userId, onlyForViewers: true, cancellationToken);

    private async Task<bool> PublishAsync(string userId, bool onlyForViewers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var viewer = await viewers.FindAsync(userId, cancellationToken);
            if (viewer is null && onlyForViewers) return false;
            var next = (viewer ?? new HomeViewer { Id = userId, FirstOpenedAt = time.GetUtcNow() }) with { Publishes = (viewer?.Publishes ?? 0) + 1 };
            var view = HomeView.Compose(await reader.ReadAsync(userId, cancellationToken));
            await unitOfWork.CommitAsync(transaction =>
            {
                transaction.Save(next);
                transaction.Enqueue(new OutboxMessage
                {
                    Id = $"home:{userId}:{next.Publishes}",
                    Kind = OutboxKind.PublishView,
                    Channel = userId,
                    Payload = new JsonObject { ["user_id"] = userId, ["view"] = view }.ToJsonString(),
                });
            }, cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
