using SlackBot.Features.Digests;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Digests".</summary>
public abstract class DigestStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IDigestSubscriptionStore Subscriptions => Get<IDigestSubscriptionStore>();

    private ISentDigestStore Sent => Get<ISentDigestStore>();

    [Test]
    public async Task A_subscription_reads_back_field_for_field_after_a_restart()
    {
        var subscription = Subscription("C0TEAM", "payments");
        await Subscriptions.SaveAsync(subscription, None);

        await RestartAsync();

        Assert.That(Json(await Subscriptions.FindAsync(subscription.Id, None)), Is.EqualTo(Json(subscription)));
    }

    [Test]
    public async Task Subscribing_again_replaces_the_subscription_and_unsubscribing_says_whether_there_was_one()
    {
        await Subscriptions.SaveAsync(Subscription("C0TEAM", null), None);
        await Subscriptions.SaveAsync(Subscription("C0TEAM", null) with { Cron = "30 16 * * FRI" }, None);

        var all = await Subscriptions.AllAsync(None);
        var first = await Subscriptions.DeleteAsync(DigestSubscription.IdFor("C0TEAM", null), None);
        var second = await Subscriptions.DeleteAsync(DigestSubscription.IdFor("C0TEAM", null), None);

        Assert.Multiple(async () =>
        {
            Assert.That(all.Select(subscription => subscription.Cron), Is.EqualTo(new[] { "30 16 * * FRI" }));
            Assert.That((first, second), Is.EqualTo((true, false)));
            Assert.That(await Subscriptions.AllAsync(None), Is.Empty);
        });
    }

    [Test]
    public async Task A_channels_subscriptions_list_all_teams_first_then_by_team()
    {
        await Subscriptions.SaveAsync(Subscription("C0TEAM", "search"), None);
        await Subscriptions.SaveAsync(Subscription("C0OTHER", null), None);
        await Subscriptions.SaveAsync(Subscription("C0TEAM", "payments"), None);
        await Subscriptions.SaveAsync(Subscription("C0TEAM", null), None);

        var inChannel = await Subscriptions.InChannelAsync("C0TEAM", None);

        Assert.That(inChannel.Select(subscription => subscription.Team ?? "(all)"), Is.EqualTo(new[] { "(all)", "payments", "search" }));
    }

    [Test]
    public async Task A_sent_digest_commits_with_its_post_and_the_latest_come_newest_first()
    {
        var subscription = Subscription("C0TEAM", null);
        var older = Digest(subscription, T0);
        var newer = Digest(subscription, T0.AddDays(7));
        foreach (var digest in new[] { older, newer })
        {
            await Get<IUnitOfWork>().CommitAsync(transaction =>
            {
                transaction.Save(digest);
                transaction.Enqueue(Documents.Post(digest.OutboxId, "C0TEAM"));
            }, None);
        }

        await RestartAsync();

        var latest = await Sent.LatestAsync(subscription.Id, 5, None);
        var one = await Sent.LatestAsync(subscription.Id, 1, None);
        Assert.Multiple(() =>
        {
            Assert.That(latest.Select(digest => digest.Id), Is.EqualTo(new[] { newer.Id, older.Id }));
            Assert.That(one.Select(digest => digest.Id), Is.EqualTo(new[] { newer.Id }));
            Assert.That(Json(latest[1]), Is.EqualTo(Json(older)));
            Assert.That(Get<SlackBot.Slack.Outbound.IOutboxStore>().ReadDue(T0.AddDays(30), 10).Select(row => row.Id), Is.EqualTo(new[] { older.OutboxId, newer.OutboxId }));
        });
    }

    [Test]
    public async Task One_vote_per_person_per_digest_and_a_second_click_changes_it()
    {
        var digest = Digest(Subscription("C0TEAM", null), T0);
        await Sent.SaveVoteAsync(Vote(digest, "U0ALICE", learned: true, T0), None);
        await Sent.SaveVoteAsync(Vote(digest, "U0BOB", learned: true, T0.AddMinutes(1)), None);
        await Sent.SaveVoteAsync(Vote(digest, "U0ALICE", learned: false, T0.AddMinutes(2)), None);
        await Sent.SaveVoteAsync(Vote(Digest(Subscription("C0OTHER", null), T0), "U0ALICE", learned: true, T0), None);

        var votes = await Sent.VotesAsync(digest.Id, None);

        Assert.That(votes.Select(vote => (vote.UserId, vote.Learned)).OrderBy(vote => vote.UserId, StringComparer.Ordinal),
            Is.EqualTo(new[] { ("U0ALICE", false), ("U0BOB", true) }));
    }

    private DigestSubscription Subscription(string channel, string? team) => new()
    {
        Id = DigestSubscription.IdFor(channel, team),
        ChannelId = channel,
        Team = team,
        Cron = "0 9 * * MON",
        TimeZone = "Europe/Berlin",
        CreatedBy = "U0CAROL",
        CreatedAt = Time.GetUtcNow(),
    };

    private static SentDigest Digest(DigestSubscription subscription, DateTimeOffset periodStart)
    {
        var id = SentDigest.IdFor(subscription.Id, periodStart);
        return new SentDigest
        {
            Id = id,
            SubscriptionId = subscription.Id,
            ChannelId = subscription.ChannelId,
            Team = subscription.Team,
            PeriodStart = periodStart,
            PeriodEnd = periodStart.AddDays(7),
            SentAt = periodStart.AddDays(7).AddHours(9),
            OutboxId = "digest:" + id,
            Findings = 12,
            ChartUploadedAt = periodStart.AddDays(7).AddHours(9).AddSeconds(3),
        };
    }

    private static DigestVote Vote(SentDigest digest, string user, bool learned, DateTimeOffset at) => new()
    {
        Id = DigestVote.IdFor(digest.Id, user),
        DigestId = digest.Id,
        SubscriptionId = digest.SubscriptionId,
        UserId = user,
        Learned = learned,
        At = at,
    };
}
