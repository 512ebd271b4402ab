using Microsoft.Extensions.Logging.Testing;
using SlackBot.Features.Digests;
using SlackBot.Scheduling;

namespace SlackBot.Tests.Scheduling;

/// <summary>
/// Digests on the scheduler with a fake clock: once a week in the subscription's zone, through daylight-saving changes
/// in both directions, once across a restart in the middle of a send, and late within the catch-up window after
/// downtime (older ones skipped with a log line).
/// </summary>
public sealed class DigestSchedulingTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(20);

    private readonly List<DigestSchedulingWorld> _worlds = [];

    [TearDown]
    public void TearDown()
    {
        foreach (var world in _worlds) world.Dispose();
        _worlds.Clear();
    }

    private DigestSchedulingWorld World(DateTimeOffset start, TimeSpan? catchUp = null)
    {
        var world = new DigestSchedulingWorld(start, catchUp);
        _worlds.Add(world);
        return world;
    }

    [Test]
    public async Task A_weekly_digest_goes_out_once_each_monday_at_nine_local_time_covering_the_week_before()
    {
        // Wednesday 4 November 2026; Berlin is on CET (UTC+1).
        var world = World(new DateTimeOffset(2026, 11, 4, 12, 0, 0, TimeSpan.Zero));
        var subscription = await world.SubscribeAsync("C0TEAM", "mon 09:00", "Europe/Berlin");
        await world.AddFindingAsync("f1", new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.Zero));
        await world.AddFindingAsync("f2", new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero));
        var scheduler = world.Restart();

        await world.Bed.RunPassesAsync(scheduler, Step, new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

        var posts = world.Posts();
        var sent = await world.Get<ISentDigestStore>().LatestAsync(subscription.Id, 10, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(post => post.QueuedAt), Is.EqualTo(new[]
            {
                new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero),
            }), "Mondays 09:00 in Berlin, nothing else");
            Assert.That(posts.Select(post => post.Channel), Has.All.EqualTo("C0TEAM"));
            Assert.That(sent.Select(digest => digest.Findings), Is.EqualTo(new[] { 0, 1, 1 }), "each week's own findings, newest first");
            Assert.That(sent.Zip(sent.Skip(1)).All(pair => pair.Second.PeriodEnd == pair.First.PeriodStart), Is.True, "weeks follow each other without gap or overlap");
            Assert.That(posts[0].Text, Does.Contain("week 2026-W45"));
        });
    }

    [Test]
    public async Task Each_subscription_keeps_its_own_zone()
    {
        // Saturday 5 December 2026.
        var world = World(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
        await world.SubscribeAsync("C0TOKYO", "mon 09:00", "Asia/Tokyo");
        await world.SubscribeAsync("C0NEWYORK", "mon 09:00", "America/New_York");
        var scheduler = world.Restart();

        await world.Bed.RunPassesAsync(scheduler, Step, new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));

        Assert.That(world.Posts().Select(post => (post.Channel, post.QueuedAt)), Is.EqualTo(new[]
        {
            ("C0TOKYO", new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)),
            ("C0NEWYORK", new DateTimeOffset(2026, 12, 7, 14, 0, 0, TimeSpan.Zero)),
        }));
    }

    [TestCase(2026, 3, 27, "2026-03-29T01:00:00Z", TestName = "Spring forward: 02:30 does not exist that Sunday; it goes out once, at the change")]
    [TestCase(2026, 10, 23, "2026-10-25T00:30:00Z", TestName = "Fall back: 02:30 happens twice that Sunday; it goes out once")]
    public async Task Daylight_saving_changes_neither_skip_nor_double_a_digest(int year, int month, int day, string expected)
    {
        var world = World(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));
        await world.SubscribeAsync("C0TEAM", "sun 02:30", "Europe/Berlin");
        var scheduler = world.Restart();

        await world.Bed.RunPassesAsync(scheduler, TimeSpan.FromMinutes(10), new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero).AddDays(10));

        var posts = world.Posts();
        Assert.Multiple(() =>
        {
            Assert.That(posts, Has.Count.EqualTo(2), "this Sunday and the next, once each");
            Assert.That(posts[0].QueuedAt, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task A_restart_after_the_post_was_committed_but_before_the_run_was_recorded_sends_nothing_more()
    {
        // Monday 9 November 2026, 08:00 UTC: 09:00 in Berlin.
        var due = new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero);
        var world = World(due.AddDays(-3));
        var subscription = await world.SubscribeAsync("C0TEAM", "mon 09:00", "Europe/Berlin");
        world.Bed.Clock.SetUtcNow(due.AddMinutes(1));
        // The process that crashed: it claimed the period and committed the digest, then died before recording the end.
        var claim = await world.Bed.Runs.TryClaimAsync(subscription.JobName, due, "crashed/1", due, due.AddMinutes(15));
        var job = (await world.Get<DigestJobSource>().JobsAsync(CancellationToken.None)).Single();
        await job.RunAsync(new ScheduledRun(subscription.JobName, due, 1), CancellationToken.None);

        var restarted = world.Restart();
        await restarted.PrepareAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);

        var run = await world.Bed.Runs.FindAsync(subscription.JobName, due);
        Assert.Multiple(() =>
        {
            Assert.That(claim, Is.Not.Null);
            Assert.That(world.Posts(), Has.Count.EqualTo(1), "one digest, not two");
            Assert.That(run!.Status, Is.EqualTo(JobRunStatus.Succeeded), "the period was run again and found the digest sent");
            Assert.That(run.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_crash_before_the_commit_leaves_nothing_and_the_next_process_sends_it_once()
    {
        var due = new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero);
        var world = World(due.AddDays(-3));
        var subscription = await world.SubscribeAsync("C0TEAM", "mon 09:00", "Europe/Berlin");
        world.Bed.Clock.SetUtcNow(due.AddMinutes(1));

        await world.Restart(new FailingMaterial()).RunDueAsync(CancellationToken.None);
        var failed = await world.Bed.Runs.FindAsync(subscription.JobName, due);
        var postsAfterFailure = world.Posts().Count;
        world.Bed.Clock.Advance(TimeSpan.FromMinutes(1));
        var restarted = world.Restart();
        await restarted.PrepareAsync(CancellationToken.None);
        await world.Bed.RunPassesAsync(restarted, TimeSpan.FromMinutes(1), due.AddMinutes(10));

        Assert.Multiple(() =>
        {
            Assert.That(failed!.Status, Is.EqualTo(JobRunStatus.Failed));
            Assert.That(postsAfterFailure, Is.Zero);
            Assert.That(world.Posts(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task After_downtime_the_missed_digest_goes_out_once_late_within_the_window_and_older_ones_are_skipped_with_a_log_line()
    {
        // Subscribed on Friday 6 November 2026; the bot then stops until Tuesday 17 November, 06:00 UTC: Monday 9's
        // digest is eight days late (skipped), Monday 16's is 22 hours late (sent).
        var world = World(new DateTimeOffset(2026, 11, 6, 12, 0, 0, TimeSpan.Zero));
        var subscription = await world.SubscribeAsync("C0TEAM", "mon 09:00", "Europe/Berlin");
        await world.Restart().RunDueAsync(CancellationToken.None);
        world.Bed.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 17, 6, 0, 0, TimeSpan.Zero));

        var restarted = world.Restart();
        await restarted.PrepareAsync(CancellationToken.None);
        await world.Bed.RunPassesAsync(restarted, Step, new DateTimeOffset(2026, 11, 17, 12, 0, 0, TimeSpan.Zero));

        var sent = await world.Get<ISentDigestStore>().LatestAsync(subscription.Id, 10, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(world.Posts().Select(post => post.QueuedAt), Is.EqualTo(new[] { new DateTimeOffset(2026, 11, 17, 6, 0, 0, TimeSpan.Zero) }), "once, late");
            Assert.That(sent.Single().PeriodStart, Is.EqualTo(new DateTimeOffset(2026, 11, 8, 23, 0, 0, TimeSpan.Zero)), "the week before Monday 16");
            Assert.That(world.Bed.LogMessages(), Has.Some.Contains("missed 1 period(s)").And.Contains("skipped"));
        });
    }

    [Test]
    public async Task Unsubscribing_stops_the_digest_from_the_next_pass()
    {
        var world = World(new DateTimeOffset(2026, 11, 6, 12, 0, 0, TimeSpan.Zero));
        var subscription = await world.SubscribeAsync("C0TEAM", "mon 09:00", "Europe/Berlin");
        var scheduler = world.Restart();
        await world.Bed.RunPassesAsync(scheduler, Step, new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero));

        await world.Get<IDigestSubscriptionStore>().DeleteAsync(subscription.Id, CancellationToken.None);
        await world.Bed.RunPassesAsync(scheduler, Step, new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

        Assert.That(world.Posts(), Has.Count.EqualTo(1));
    }

    private sealed class FailingMaterial : IDigestMaterialSource
    {
        public Task<DigestMaterial> LoadAsync(DigestPeriod period, TimeZoneInfo zone, string? subscriptionId, CancellationToken cancellationToken) =>
            throw new IOException("the disk went away");
    }
}
