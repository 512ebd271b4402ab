using SlackBot.Slack.Outbound;

namespace SlackBot.Storage.Outbox;

/// <summary>The outbox store with the reads diagnostics and tests use; every storage provider's outbox implements it.</summary>
public interface IOutboxRecords : IOutboxStore
{
    /// <summary>Every row, in the order they were added.</summary>
    IReadOnlyList<OutboxMessage> All();

    /// <summary>The rows a feature enqueued under <paramref name="correlation"/>, in the order they were added.</summary>
    IReadOnlyList<OutboxMessage> FindByCorrelation(string correlation);

    /// <summary>How many rows wait to be sent (the <c>slackbot_outbox_pending</c> gauge); providers answer from an index.</summary>
    int CountPending() => All().Count(message => message.Status == OutboxStatus.Pending);
}
