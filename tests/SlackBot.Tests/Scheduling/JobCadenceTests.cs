using Cronos;
using SlackBot.Scheduling;

namespace SlackBot.Tests.Scheduling;

/// <summary>What each cadence says is due: pure functions of the time and the job's last recorded period.</summary>
public class JobCadenceTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Monday 2 March 2026, 09:00 in London (GMT, so 09:00 UTC).
    private static readonly DateTimeOffset MondayNine = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_interval_slot_is_the_same_for_every_moment_inside_it_and_the_next_one_starts_an_interval_later()
    {
        var slotStart = new DateTimeOffset(2026, 3, 2, 10, 0, 30, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(JobCadence.EveryTick.Due(slotStart, Tick, null).Runnable, Is.EqualTo(new[] { slotStart }));
            Assert.That(JobCadence.EveryTick.Due(slotStart.AddSeconds(29.9), Tick, null).Runnable, Is.EqualTo(new[] { slotStart }));
            Assert.That(JobCadence.EveryTick.Due(slotStart.AddSeconds(30), Tick, null).Runnable, Is.EqualTo(new[] { slotStart.AddSeconds(30) }));
            Assert.That(JobCadence.EveryTick.NextAfter(slotStart.AddSeconds(12), Tick), Is.EqualTo(slotStart.AddSeconds(30)));
            Assert.That(JobCadence.Every(TimeSpan.FromMinutes(5)).Due(slotStart, Tick, null).Runnable, Is.EqualTo(new[] { new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero) }));
            Assert.That(JobCadence.EveryTick.Due(slotStart, Tick, slotStart.AddHours(-5)).Skipped, Is.Null, "a polling job does not replay missed slots");
        });
    }

    [Test]
    public void A_slot_does_not_depend_on_the_offset_the_time_is_written_in()
    {
        var utc = new DateTimeOffset(2026, 3, 2, 10, 0, 45, TimeSpan.Zero);
        var tokyo = utc.ToOffset(TimeSpan.FromHours(9));

        Assert.That(IntervalCadence.SlotOf(tokyo, Tick).UtcTicks, Is.EqualTo(IntervalCadence.SlotOf(utc, Tick).UtcTicks));
    }

    [Test]
    public void A_cron_period_is_due_from_its_occurrence_until_the_catch_up_window_closes()
    {
        var weekly = JobCadence.Cron("0 9 * * MON", London, TimeSpan.FromDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(weekly.Due(MondayNine.AddSeconds(-1), Tick, null).Runnable, Is.Empty, "not before it occurs");
            Assert.That(weekly.Due(MondayNine, Tick, null).Runnable, Is.EqualTo(new[] { MondayNine }));
            Assert.That(weekly.Due(MondayNine.AddHours(23), Tick, null).Runnable, Is.EqualTo(new[] { MondayNine }), "late, within the window");
            Assert.That(weekly.Due(MondayNine.AddDays(1), Tick, null).Runnable, Is.EqualTo(new[] { MondayNine }), "the window's last moment");
            Assert.That(weekly.Due(MondayNine.AddDays(1).AddSeconds(1), Tick, null).Runnable, Is.Empty, "too late");
            Assert.That(weekly.NextAfter(MondayNine, Tick), Is.EqualTo(MondayNine.AddDays(7)));
        });
    }

    [Test]
    public void Periods_missed_beyond_the_window_since_the_last_recorded_one_are_counted_as_skipped()
    {
        var weekly = JobCadence.Cron("0 9 * * MON", London, TimeSpan.FromDays(1));
        var threeWeeksLater = MondayNine.AddDays(21).AddHours(30); // Tuesday, after the window of the third Monday

        var due = weekly.Due(threeWeeksLater, Tick, MondayNine);

        Assert.Multiple(() =>
        {
            Assert.That(due.Runnable, Is.Empty);
            // 9, 16 and 23 March; the last two are in British Summer Time, so 08:00 UTC.
            Assert.That(due.Skipped, Is.EqualTo(new SkippedPeriods(3, MondayNine.AddDays(7), new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.Zero))));
            Assert.That(weekly.Due(threeWeeksLater, Tick, null).Skipped, Is.Null, "a job with no history has missed nothing");
        });
    }

    [Test]
    public void Periods_before_a_jobs_start_are_neither_run_nor_skipped()
    {
        var subscribedAt = MondayNine.AddHours(1);
        var weekly = JobCadence.Cron("0 9 * * MON", London, TimeSpan.FromDays(1), notBefore: subscribedAt);

        Assert.Multiple(() =>
        {
            Assert.That(weekly.Due(subscribedAt.AddMinutes(5), Tick, null).Runnable, Is.Empty, "the Monday it was created on is not its period");
            Assert.That(weekly.Due(subscribedAt.AddMinutes(5), Tick, null).Skipped, Is.Null);
            Assert.That(weekly.Due(MondayNine.AddDays(7), Tick, null).Runnable, Is.EqualTo(new[] { MondayNine.AddDays(7) }));
            Assert.That(weekly.Due(MondayNine.AddDays(9), Tick, null).Skipped, Is.EqualTo(new SkippedPeriods(1, MondayNine.AddDays(7), MondayNine.AddDays(7))),
                "never run, and its first period is too old by now");
        });
    }

    // The two daylight-saving changes of 2026 in each zone, with a weekly time that falls in the gap or the overlap.
    private static readonly object[] DaylightSavingChanges =
    [
        new object[] { "Europe/London", "30 1 * * SUN", new DateTime(2026, 3, 29), "01:30 does not exist: 02:00 BST" },
        new object[] { "Europe/London", "30 1 * * SUN", new DateTime(2026, 10, 25), "01:30 happens twice: the first" },
        new object[] { "America/New_York", "30 2 * * SUN", new DateTime(2026, 3, 8), "02:30 does not exist: 03:00 EDT" },
        new object[] { "America/New_York", "30 1 * * SUN", new DateTime(2026, 11, 1), "01:30 happens twice: the first" },
    ];

    [TestCaseSource(nameof(DaylightSavingChanges))]
    public void A_weekly_time_in_a_daylight_saving_change_occurs_once_that_week(string zoneId, string cron, DateTime changeDay, string why)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var cadence = JobCadence.Cron(cron, zone, TimeSpan.FromDays(1));
        var from = new DateTimeOffset(changeDay.AddDays(-14), TimeSpan.Zero);

        var occurrences = new List<DateTimeOffset>();
        for (var at = from; at < from.AddDays(28); at = cadence.NextAfter(at, Tick)) if (at != from) occurrences.Add(at);

        var localDays = occurrences.Select(occurrence => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence, zone).DateTime)).ToList();
        var changeDate = DateOnly.FromDateTime(changeDay);
        Assert.Multiple(() =>
        {
            Assert.That(localDays, Is.EqualTo(Enumerable.Range(-2, 4).Select(week => changeDate.AddDays(7 * week))), why);
            Assert.That(localDays, Is.Unique);
            Assert.That(occurrences.Zip(occurrences.Skip(1), (a, b) => b - a), Has.All.InRange(TimeSpan.FromDays(7) - TimeSpan.FromHours(1), TimeSpan.FromDays(7) + TimeSpan.FromHours(1)));
        });
    }

    [Test]
    public void A_cadence_refuses_what_it_cannot_keep()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => JobCadence.Cron("every monday", London, TimeSpan.FromDays(1)), Throws.TypeOf<CronFormatException>());
            Assert.That(() => JobCadence.Cron("0 9 * * MON", London, TimeSpan.FromHours(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => JobCadence.Every(TimeSpan.Zero), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }
}
