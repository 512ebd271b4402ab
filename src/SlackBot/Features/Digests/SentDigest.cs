namespace SlackBot.Features.Digests;

/// <summary>
/// The record that one subscription's digest for one period was handed to the outbox. <see cref="Id"/> is
/// <c>{subscription id}:{period start}</c>, saved in the same unit of work as the post: the natural key that makes a
/// (subscription, period) go out exactly once, also when the scheduler runs the period again after a crash.
/// </summary>
public sealed record SentDigest
{
    public string Id { get; init; } = "";
    public string SubscriptionId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string? Team { get; init; }
    public DateTimeOffset PeriodStart { get; init; }
    public DateTimeOffset PeriodEnd { get; init; }
    public DateTimeOffset SentAt { get; init; }
    /// <summary>The outbox row that posts it (and the key stamped into the message's metadata).</summary>
    public string OutboxId { get; init; } = "";
    public int Findings { get; init; }
    /// <summary>When the chart was uploaded into the channel; null before (or without) one.</summary>
    public DateTimeOffset? ChartUploadedAt { get; init; }

    public static string IdFor(string subscriptionId, DateTimeOffset periodStart) =>
        $"{subscriptionId}:{periodStart.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public const string CorrelationPrefix = "digest:";
}

/// <summary>One person's answer to a digest's pulse. <see cref="Id"/> is <c>{digest id}:{user}</c>: a second click changes the vote.</summary>
public sealed record DigestVote
{
    public string Id { get; init; } = "";
    public string DigestId { get; init; } = "";
    public string SubscriptionId { get; init; } = "";
    public string UserId { get; init; } = "";
    /// <summary>"I learned something" (true) or "Not this week" (false).</summary>
    public bool Learned { get; init; }
    public DateTimeOffset At { get; init; }

    public static string IdFor(string digestId, string userId) => $"{digestId}:{userId}";
}
