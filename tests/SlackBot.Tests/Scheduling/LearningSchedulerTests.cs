using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Scheduling;
using SlackBot.Storage;
using SlackBot.Storage.LiteDb;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Scheduling;

/// <summary>
/// The scheduler on a fake clock: each job runs once per period of its cadence, across restarts and crashes, late
/// within its catch-up window and never beyond it, and daylight-saving changes neither skip nor double a weekly run.
/// </summary>
public class LearningSchedulerTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    // Sunday 1 March 2026, noon UTC; London is on GMT until 29 March.
    private static readonly DateTimeOffset SundayNoon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly List<SchedulerBed> _beds = [];

    [TearDown]
    public void TearDown()
    {
        foreach (var bed in _beds) bed.Dispose();
        _beds.Clear();
    }

    [Test]
    public async Task A_polling_job_runs_once_per_interval_slot()
    {
        var bed = Bed(SundayNoon);
        var scheduler = bed.Restart(bed.Job("poll", JobCadence.EveryTick));

        await scheduler.RunDueAsync(CancellationToken.None);
        bed.Clock.Advance(TimeSpan.FromSeconds(10));
        await scheduler.RunDueAsync(CancellationToken.None);
        bed.Clock.Advance(TimeSpan.FromSeconds(20));
        await scheduler.RunDueAsync(CancellationToken.None);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(bed.Log.Runs.Select(run => run.Period), Is.EqualTo(new[] { SundayNoon, SundayNoon.AddSeconds(30) }), "nothing more inside a slot");
            Assert.That((await bed.Runs.FindAsync("poll", SundayNoon))!.Status, Is.EqualTo(JobRunStatus.Succeeded));
        });
    }

    [Test]
    public async Task A_job_with_its_own_interval_runs_once_per_slot_however_often_the_scheduler_ticks()
    {
        var bed = Bed(SundayNoon);
        var scheduler = bed.Restart(bed.Job("every-five-minutes", JobCadence.Every(TimeSpan.FromMinutes(5))));

        await bed.RunPassesAsync(scheduler, TimeSpan.FromSeconds(30), SundayNoon.AddMinutes(12));

        Assert.That(bed.Log.Runs.Select(run => run.Period), Is.EqualTo(new[] { SundayNoon, SundayNoon.AddMinutes(5), SundayNoon.AddMinutes(10) }));
    }

    [Test]
    public async Task A_pass_says_when_the_next_period_of_any_job_begins()
    {
        var bed = Bed(SundayNoon, interval: TimeSpan.FromMinutes(5));
        var polling = bed.Job("poll", JobCadence.EveryTick);
        var soon = bed.Job("daily", JobCadence.Cron("1 12 * * *", TimeZoneInfo.Utc, OneDay));

        var pollingOnly = await bed.Restart(polling).RunDueAsync(CancellationToken.None);
        var withCron = await bed.Restart(polling, soon).RunDueAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(pollingOnly, Is.EqualTo(SundayNoon.AddMinutes(5)), "the next slot");
            Assert.That(withCron, Is.EqualTo(SundayNoon.AddMinutes(1)), "the cron occurrence comes first");
        });
    }

    [Test]
    public async Task A_cron_job_runs_once_at_its_occurrence()
    {
        var bed = Bed(SundayNoon);
        var scheduler = bed.Restart(bed.Job("digest", Weekly()));

        await bed.RunPassesAsync(scheduler, TimeSpan.FromMinutes(30), SundayNoon.AddDays(2));

        var run = bed.Log.Runs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(run.Period, Is.EqualTo(MondayNine));
            Assert.That(run.At, Is.EqualTo(MondayNine), "in the pass at its time");
            Assert.That(run.Attempt, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_finished_period_is_not_run_again_after_a_restart()
    {
        var bed = Bed(SundayNoon);
        var digest = bed.Job("digest", Weekly());
        var polling = bed.Job("poll", JobCadence.EveryTick);
        var first = bed.Restart(digest, polling);
        await bed.RunPassesAsync(first, TimeSpan.FromMinutes(30), MondayNine.AddMinutes(30));
        await first.RunDueAsync(CancellationToken.None);
        var pollsBefore = bed.Log.Of("poll").Count;

        // A quick restart: still inside the slot of the last poll.
        bed.Clock.Advance(TimeSpan.FromSeconds(10));
        var restarted = bed.Restart(digest, polling);
        await restarted.PrepareAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);
        var pollsAfterRestart = bed.Log.Of("poll").Count;
        await bed.RunPassesAsync(restarted, TimeSpan.FromMinutes(30), SundayNoon.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(bed.Log.Of("digest").Select(run => run.Period), Is.EqualTo(new[] { MondayNine }));
            Assert.That(pollsAfterRestart, Is.EqualTo(pollsBefore), "the slot polled before the restart is not polled again");
            Assert.That(bed.Log.Of("poll"), Has.Count.GreaterThan(pollsBefore), "later slots are");
        });
    }

    [Test]
    public async Task A_run_cut_short_by_a_crash_runs_again_on_the_next_start()
    {
        var bed = Bed(MondayNine);
        var hung = new TaskCompletionSource();
        var crashing = bed.Job("digest", Weekly());
        crashing.Behaviour = (run, _) => run.Attempt == 1 ? hung.Task : Task.CompletedTask;
        var first = bed.Restart(crashing);

        // The first process never gets past its run: it "crashes" with the run claimed and unfinished.
        var abandoned = first.RunDueAsync(CancellationToken.None);
        await Poll.UntilAsync(() => bed.Log.Runs.Count == 1, what: "the first attempt to start");
        var second = bed.Restart(crashing);
        await second.PrepareAsync(CancellationToken.None);
        bed.Clock.Advance(TimeSpan.FromMinutes(1));
        await second.RunDueAsync(CancellationToken.None);
        var afterRetry = (await bed.Runs.FindAsync("digest", MondayNine))!;

        // Should the first process come back to life after all, it cannot overwrite the record of the retry.
        hung.SetResult();
        await abandoned;
        var afterZombie = (await bed.Runs.FindAsync("digest", MondayNine))!;

        Assert.Multiple(() =>
        {
            Assert.That(bed.Log.Runs.Select(run => (run.Period, run.Attempt)), Is.EqualTo(new[] { (MondayNine, 1), (MondayNine, 2) }));
            Assert.That(afterRetry.Status, Is.EqualTo(JobRunStatus.Succeeded));
            Assert.That(afterRetry.Owner, Is.EqualTo(second.Owner));
            Assert.That(afterZombie, Is.EqualTo(afterRetry));
            Assert.That(bed.LogMessages(), Has.Some.Contains("1 scheduled run(s) were cut short"));
        });
    }

    [Test]
    public async Task Stopping_mid_run_records_the_run_as_interrupted_and_the_next_start_runs_it_again()
    {
        var bed = Bed(MondayNine);
        var slow = bed.Job("digest", Weekly());
        slow.Behaviour = (run, cancellationToken) => run.Attempt == 1 ? Task.Delay(Timeout.Infinite, cancellationToken) : Task.CompletedTask;
        using var stopping = new CancellationTokenSource();

        var pass = bed.Restart(slow).RunDueAsync(stopping.Token);
        await Poll.UntilAsync(() => bed.Log.Runs.Count == 1, what: "the run to start");
        await stopping.CancelAsync();
        await pass;
        var interrupted = (await bed.Runs.FindAsync("digest", MondayNine))!;

        var next = bed.Restart(slow);
        await next.PrepareAsync(CancellationToken.None);
        await next.RunDueAsync(CancellationToken.None);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(interrupted.Status, Is.EqualTo(JobRunStatus.Interrupted));
            Assert.That(bed.Log.Runs.Select(run => run.Attempt), Is.EqualTo(new[] { 1, 2 }));
            Assert.That((await bed.Runs.FindAsync("digest", MondayNine))!.Status, Is.EqualTo(JobRunStatus.Succeeded));
        });
    }

    [Test]
    public async Task A_failing_job_is_recorded_and_retried_while_due_and_does_not_stop_the_others()
    {
        var bed = Bed(MondayNine);
        var flaky = bed.Job("digest", Weekly());
        flaky.Behaviour = (run, _) => run.Attempt == 1 ? throw new InvalidOperationException("the store was busy") : Task.CompletedTask;
        var later = bed.Job("after-digest", JobCadence.EveryTick, "digest");
        var scheduler = bed.Restart(later, flaky);

        await scheduler.RunDueAsync(CancellationToken.None);
        var failed = (await bed.Runs.FindAsync("digest", MondayNine))!;
        await bed.RunPassesAsync(scheduler, TimeSpan.FromSeconds(30), MondayNine.AddMinutes(5));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(failed.Status, Is.EqualTo(JobRunStatus.Failed));
            Assert.That(failed.Error, Is.EqualTo(nameof(InvalidOperationException)));
            Assert.That(bed.Log.Of("after-digest").First().At, Is.EqualTo(MondayNine), "the job after it still ran in that pass");
            Assert.That(bed.Log.Of("digest").Select(run => run.Attempt), Is.EqualTo(new[] { 1, 2 }), "retried once, then settled");
            Assert.That((await bed.Runs.FindAsync("digest", MondayNine))!.Status, Is.EqualTo(JobRunStatus.Succeeded));
            Assert.That(bed.LogMessages(), Has.Some.Contains("Scheduled job digest failed"));
        });
    }

    [Test]
    public async Task A_period_missed_while_the_bot_was_down_runs_late_once_within_the_catch_up_window()
    {
        var previousMonday = MondayNine.AddDays(-7);
        var bed = Bed(previousMonday.AddMinutes(-5));
        var digest = bed.Job("digest", Weekly());
        await bed.RunPassesAsync(bed.Restart(digest), TimeSpan.FromMinutes(5), previousMonday.AddMinutes(30));

        // Down from then until Monday afternoon: six hours after this week's period.
        bed.Clock.SetUtcNow(MondayNine.AddHours(6));
        var restarted = bed.Restart(digest);
        await restarted.PrepareAsync(CancellationToken.None);
        await bed.RunPassesAsync(restarted, TimeSpan.FromMinutes(10), MondayNine.AddDays(1).AddHours(6));

        Assert.Multiple(() =>
        {
            Assert.That(bed.Log.Runs.Select(run => (run.Period, run.At)), Is.EqualTo(new[] { (previousMonday, previousMonday), (MondayNine, MondayNine.AddHours(6)) }),
                "this week's period once, as soon as the bot is back");
            Assert.That(bed.LogMessages(), Has.One.Contains("runs late"));
            Assert.That(bed.LogMessages(), Has.None.Contains("skipped"));
        });
    }

    [Test]
    public async Task Periods_missed_beyond_the_catch_up_window_are_skipped_with_one_log_line_and_the_next_one_runs()
    {
        var lastRun = MondayNine.AddDays(-7);
        var bed = Bed(lastRun);
        var digest = bed.Job("digest", Weekly());
        await bed.RunPassesAsync(bed.Restart(digest), TimeSpan.FromMinutes(5), lastRun.AddMinutes(30));

        // Down until Tuesday 10 March, noon: the periods of 2 and 9 March are more than a day old.
        bed.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var restarted = bed.Restart(digest);
        await restarted.PrepareAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);
        var ninth = await bed.Runs.FindAsync("digest", new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));
        var sixteenth = new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);
        await bed.RunPassesAsync(restarted, TimeSpan.FromMinutes(30), sixteenth.AddHours(2));

        var skippedLines = bed.LogMessages().Where(message => message.Contains("skipped", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(bed.Log.Runs.Select(run => run.Period), Is.EqualTo(new[] { lastRun, sixteenth }));
            Assert.That(skippedLines, Has.Count.EqualTo(1), "one line, not one per pass");
            Assert.That(skippedLines[0], Does.Contain("missed 2 period(s) from 2026-03-02T09:00:00.0000000+00:00 to 2026-03-09T09:00:00.0000000+00:00"));
            Assert.That(ninth?.Status, Is.EqualTo(JobRunStatus.Skipped), "recorded, so the next pass does not count it again");
        });
    }

    // Each zone's 2026 changes, with a weekly time that falls in the gap (spring) or the repeated hour (autumn), and the
    // four Sundays around each change in UTC: the shifted time on the change day, and no second run in the repeated hour.
    private static readonly object[] DaylightSavingChanges =
    [
        new object[] { "Europe/London", "30 1 * * SUN", new[] { "2026-03-15T01:30Z", "2026-03-22T01:30Z", "2026-03-29T01:00Z", "2026-04-05T00:30Z" } },
        new object[] { "Europe/London", "30 1 * * SUN", new[] { "2026-10-11T00:30Z", "2026-10-18T00:30Z", "2026-10-25T00:30Z", "2026-11-01T01:30Z" } },
        new object[] { "America/New_York", "30 2 * * SUN", new[] { "2026-02-22T07:30Z", "2026-03-01T07:30Z", "2026-03-08T07:00Z", "2026-03-15T06:30Z" } },
        new object[] { "America/New_York", "30 1 * * SUN", new[] { "2026-10-18T05:30Z", "2026-10-25T05:30Z", "2026-11-01T05:30Z", "2026-11-08T06:30Z" } },
    ];

    [TestCaseSource(nameof(DaylightSavingChanges))]
    public async Task A_weekly_job_is_neither_skipped_nor_doubled_by_a_daylight_saving_change(string zoneId, string cron, string[] expectedUtc)
    {
        var expected = expectedUtc.Select(text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var changeDay = expected[2];
        var bed = Bed(MidnightUtc(expected[0]).AddDays(-1));
        var digest = bed.Job("digest", JobCadence.Cron(cron, TimeZoneInfo.FindSystemTimeZoneById(zoneId), OneDay));

        // A pass every half hour for four weeks, with a restart late on the day of the change.
        await bed.RunPassesAsync(bed.Restart(digest), TimeSpan.FromMinutes(30), MidnightUtc(changeDay).AddHours(20));
        var restarted = bed.Restart(digest);
        await restarted.PrepareAsync(CancellationToken.None);
        await bed.RunPassesAsync(restarted, TimeSpan.FromMinutes(30), MidnightUtc(expected[3]).AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(bed.Log.Runs.Select(run => run.Period), Is.EqualTo(expected));
            Assert.That(bed.Log.Runs.Select(run => run.At), Is.EqualTo(expected), "each on time");
        });
    }

    [Test]
    public async Task Each_subscription_from_a_job_source_runs_on_its_own_cron_and_time_zone()
    {
        var bed = Bed(SundayNoon);
        var subscriptions = new Subscriptions(
            bed.Job("digest/C0LONDON", JobCadence.Cron("0 9 * * MON", London, OneDay)),
            bed.Job("digest/C0NEWYORK", JobCadence.Cron("0 9 * * MON", NewYork, OneDay)));
        var scheduler = bed.Restart([], [subscriptions]);

        await bed.RunPassesAsync(scheduler, TimeSpan.FromMinutes(30), SundayNoon.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(bed.Log.Of("digest/C0LONDON").Select(run => run.At), Is.EqualTo(new[] { MondayNine }));
            Assert.That(bed.Log.Of("digest/C0NEWYORK").Select(run => run.At), Is.EqualTo(new[] { MondayNine.AddHours(5) }), "09:00 EST");
        });
    }

    [Test]
    public async Task Old_runs_are_pruned_but_each_jobs_latest_is_kept()
    {
        var bed = Bed(MondayNine, runHistory: TimeSpan.FromMinutes(10));
        var scheduler = bed.Restart(bed.Job("poll", JobCadence.EveryTick), bed.Job("digest", JobCadence.Cron("0 9 * * MON", London, TimeSpan.FromMinutes(5))));

        await bed.RunPassesAsync(scheduler, TimeSpan.FromSeconds(30), MondayNine.AddMinutes(30));

        var records = bed.Database.Collection<JobRun>(LiteDbJobRunStore.CollectionName);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(bed.Log.Of("poll"), Has.Count.EqualTo(60));
            Assert.That(records.Count(run => run.Job == "poll"), Is.EqualTo(21), "the last ten minutes of slots, both ends included");
            Assert.That((await bed.Runs.FindAsync("digest", MondayNine))!.Status, Is.EqualTo(JobRunStatus.Succeeded),
                "older than the history kept, but nothing new was recorded for that job, so its history is left alone");
        });
    }

    [Test]
    public async Task A_host_with_jobs_that_wait_on_each_other_does_not_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        using var database = LiteDbDatabase.InMemory();
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(MondayNine));
        builder.Services.AddScheduler();
        var log = new RunLog();
        builder.Services.AddSingleton<IScheduledJob>(new RecordingJob(new JobSchedule("questions.plan", JobCadence.EveryTick) { RunsAfter = ["questions.release"] }, log, TimeProvider.System));
        builder.Services.AddSingleton<IScheduledJob>(new RecordingJob(new JobSchedule("questions.release", JobCadence.EveryTick) { RunsAfter = ["questions.plan"] }, log, TimeProvider.System));
        using var host = builder.Build();

        var failure = Assert.ThrowsAsync<ScheduleException>(() => host.StartAsync());

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.Contain("'questions.plan' runs after 'questions.release', which runs after 'questions.plan'"));
            Assert.That(log.Runs, Is.Empty, "nothing ran");
        });
    }

    private SchedulerBed Bed(DateTimeOffset start, TimeSpan? interval = null, TimeSpan? runHistory = null)
    {
        var bed = new SchedulerBed(start, interval, runHistory);
        _beds.Add(bed);
        return bed;
    }

    private static DateTimeOffset MidnightUtc(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);

    private static CronCadence Weekly() => JobCadence.Cron("0 9 * * MON", London, OneDay);

    private sealed class Subscriptions(params IScheduledJob[] jobs) : IScheduledJobSource
    {
        public Task<IReadOnlyList<IScheduledJob>> JobsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<IScheduledJob>>(jobs);
    }
}
