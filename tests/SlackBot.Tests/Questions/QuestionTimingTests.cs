using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public sealed class QuestionTimingTests
{
    private static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    [TestCase("America/Los_Angeles", "2025-03-08T01:10:00Z", "2025-03-10T16:00:00Z",
        TestName = "Late Friday in Los Angeles waits for Monday 09:00, which is already daylight time")]
    [TestCase("Asia/Tokyo", "2025-06-02T08:45:00Z", "2025-06-03T00:00:00Z",
        TestName = "After hours on a Tokyo Monday moves to Tuesday 09:00, still Monday in UTC")]
    [TestCase("Australia/Adelaide", "2025-06-06T08:00:00Z", "2025-06-08T23:30:00Z",
        TestName = "A Friday evening in Adelaide winter moves to Monday 09:00 at +09:30")]
    [TestCase("Australia/Adelaide", "2025-01-14T21:00:00Z", "2025-01-14T22:30:00Z",
        TestName = "An early Adelaide summer morning waits for 09:00 at +10:30")]
    [TestCase("Europe/London", "2025-06-04T09:00:00Z", "2025-06-04T09:30:00Z",
        TestName = "Inside London working hours the cool-down alone decides")]
    [TestCase("Europe/London", "2025-06-06T16:10:00Z", "2025-06-09T08:00:00Z",
        TestName = "A cool-down ending after 17:30 on a London Friday waits for Monday")]
    public void ReleaseTime_waits_for_the_cooldown_and_the_persons_working_hours(string zone, string resolvedAt, string expected)
    {
        var (timing, _) = Timing(At(resolvedAt));

        var release = timing.ReleaseTime(At(resolvedAt), new UserClock(zone, null));

        Assert.That(release, Is.EqualTo(At(expected)));
    }

    [Test]
    public void ReleaseTime_is_now_when_the_cooldown_has_long_passed()
    {
        var (timing, time) = Timing(At("2025-06-04T10:00:00Z"));

        var release = timing.ReleaseTime(time.GetUtcNow() - TimeSpan.FromHours(2), new UserClock("Europe/London", 3600));

        Assert.That(release, Is.EqualTo(At("2025-06-04T10:00:00Z")));
    }

    [Test]
    public void ReleaseTime_is_expressed_in_the_persons_offset()
    {
        var (timing, _) = Timing(At("2025-06-02T08:45:00Z"));

        var release = timing.ReleaseTime(At("2025-06-02T08:45:00Z"), new UserClock("Asia/Tokyo", 32400));

        Assert.That(release.Offset, Is.EqualTo(TimeSpan.FromHours(9)));
        Assert.That(release.TimeOfDay, Is.EqualTo(new TimeSpan(9, 0, 0)));
    }

    [Test]
    public void ReleaseTime_ignores_working_hours_when_told_to()
    {
        var (timing, _) = Timing(At("2025-06-08T03:00:00Z"), options => options.RespectWorkingHours = false);

        var release = timing.ReleaseTime(At("2025-06-08T03:00:00Z"), UserClock.Unknown);

        Assert.That(release, Is.EqualTo(At("2025-06-08T03:30:00Z")));
    }

    [Test]
    public void ReleaseTime_uses_the_configured_cooldown()
    {
        var (timing, _) = Timing(At("2025-06-04T10:00:00Z"), options => options.CooldownAfterResolution = TimeSpan.FromHours(2));

        Assert.That(timing.ReleaseTime(At("2025-06-04T10:00:00Z"), UserClock.Unknown), Is.EqualTo(At("2025-06-04T12:00:00Z")));
    }

    [TestCase("Mars/Olympus_Mons", 19800, "2025-06-04T03:00:00Z", "2025-06-04T03:30:00Z",
        TestName = "An unknown zone falls back to the reported offset")]
    [TestCase(null, -18000, "2025-06-04T12:00:00Z", "2025-06-04T14:00:00Z",
        TestName = "No zone at all uses the reported offset")]
    [TestCase("Mars/Olympus_Mons", null, "2025-06-07T12:00:00Z", "2025-06-09T09:00:00Z",
        TestName = "Neither zone nor offset means UTC")]
    [TestCase(null, 60000, "2025-06-04T08:00:00Z", "2025-06-04T09:00:00Z",
        TestName = "An impossible offset means UTC")]
    [TestCase("Asia/Calcutta", null, "2025-06-04T03:00:00Z", "2025-06-04T03:30:00Z",
        TestName = "An old zone alias still resolves")]
    public void NextWorkingTime_falls_back_from_zone_to_offset_to_UTC(string? zone, int? offset, string from, string expected)
    {
        var (timing, _) = Timing(At(from));

        Assert.That(timing.NextWorkingTime(At(from), new UserClock(zone, offset)), Is.EqualTo(At(expected)));
    }

    [Test]
    public void NextWorkingTime_inside_a_window_is_the_same_moment()
    {
        var (timing, _) = Timing(At("2025-06-04T10:00:00Z"));
        var from = new DateTimeOffset(2025, 6, 4, 12, 15, 0, TimeSpan.FromHours(2));

        var next = timing.NextWorkingTime(from, new UserClock("Europe/Berlin", 7200));

        Assert.That(next, Is.EqualTo(from));
        Assert.That(next.Offset, Is.EqualTo(from.Offset));
    }

    [TestCase("2025-06-04T17:29:59Z", "2025-06-04T17:29:59Z", TestName = "The last second of the day is still working time")]
    [TestCase("2025-06-04T17:30:00Z", "2025-06-05T09:00:00Z", TestName = "The end of the day belongs to the next morning")]
    [TestCase("2025-06-04T09:00:00Z", "2025-06-04T09:00:00Z", TestName = "The start of the day is working time")]
    [TestCase("2025-06-07T10:00:00Z", "2025-06-09T09:00:00Z", TestName = "Saturday moves to Monday")]
    [TestCase("2025-06-08T23:59:00Z", "2025-06-09T09:00:00Z", TestName = "Late Sunday moves to Monday")]
    public void NextWorkingTime_respects_the_edges_of_the_day_and_the_weekend(string from, string expected)
    {
        var (timing, _) = Timing(At(from));

        Assert.That(timing.NextWorkingTime(At(from), UserClock.Unknown), Is.EqualTo(At(expected)));
    }

    [TestCase("Europe/London", "2025-03-29T18:00:00Z", "2025-03-30T08:00:00Z",
        TestName = "On London's spring-forward day 09:00 is 09:00 summer time")]
    [TestCase("America/Los_Angeles", "2025-03-09T03:00:00Z", "2025-03-09T16:00:00Z",
        TestName = "On Los Angeles' spring-forward day 09:00 is 09:00 daylight time")]
    [TestCase("America/Los_Angeles", "2025-11-02T03:00:00Z", "2025-11-02T17:00:00Z",
        TestName = "On Los Angeles' fall-back day 09:00 is 09:00 standard time")]
    [TestCase("Australia/Adelaide", "2025-04-05T12:00:00Z", "2025-04-05T23:30:00Z",
        TestName = "On Adelaide's fall-back day 09:00 is 09:00 at +09:30")]
    public void Working_hours_are_wall_clock_times_across_daylight_saving_changes(string zone, string from, string expected)
    {
        var (timing, _) = Timing(At(from), options => options.WorkingDays = EveryDay);

        Assert.That(timing.NextWorkingTime(At(from), new UserClock(zone, null)), Is.EqualTo(At(expected)));
    }

    [Test]
    public void A_workday_start_skipped_by_spring_forward_moves_on_by_the_gap()
    {
        // London skips 01:00–02:00 on 30 March 2025; a 01:30 start becomes 02:30 summer time.
        var (timing, _) = Timing(At("2025-03-30T00:00:00Z"), options =>
        {
            options.WorkingDays = EveryDay;
            options.WorkdayStart = new TimeOnly(1, 30);
        });

        Assert.That(timing.NextWorkingTime(At("2025-03-30T00:00:00Z"), new UserClock("Europe/London", 0)),
            Is.EqualTo(At("2025-03-30T01:30:00Z")));
    }

    [Test]
    public void A_workday_start_repeated_by_fall_back_means_its_first_occurrence()
    {
        // London repeats 01:00–02:00 on 26 October 2025; the first 01:30 is still summer time.
        var (timing, _) = Timing(At("2025-10-25T23:00:00Z"), options =>
        {
            options.WorkingDays = EveryDay;
            options.WorkdayStart = new TimeOnly(1, 30);
        });

        Assert.That(timing.NextWorkingTime(At("2025-10-25T23:00:00Z"), new UserClock("Europe/London", 3600)),
            Is.EqualTo(At("2025-10-26T00:30:00Z")));
    }

    [Test]
    public void Custom_working_days_and_hours_are_honoured()
    {
        // A Sunday-to-Thursday week, 08:00–16:00 in Jerusalem.
        var (timing, _) = Timing(At("2025-06-06T08:00:00Z"), options =>
        {
            options.WorkingDays = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];
            options.WorkdayStart = new TimeOnly(8, 0);
            options.WorkdayEnd = new TimeOnly(16, 0);
        });

        Assert.That(timing.ReleaseTime(At("2025-06-06T08:00:00Z"), new UserClock("Asia/Jerusalem", 10800)),
            Is.EqualTo(At("2025-06-08T05:00:00Z")));
    }

    [TestCase("Asia/Tokyo", "2025-06-06T01:00:00Z", "2025-06-09T00:00:00Z",
        TestName = "Not now on a Tokyo Friday morning means Monday 09:00")]
    [TestCase("America/Los_Angeles", "2025-06-03T13:00:00Z", "2025-06-04T16:00:00Z",
        TestName = "Not now before work on a Los Angeles Tuesday means Wednesday, not later today")]
    [TestCase("Etc/UTC", "2025-06-02T20:00:00Z", "2025-06-03T09:00:00Z",
        TestName = "Not now on a Monday evening means Tuesday 09:00")]
    [TestCase("Australia/Adelaide", "2025-06-06T15:00:00Z", "2025-06-08T23:30:00Z",
        TestName = "Not now just after midnight on an Adelaide Saturday means Monday 09:00")]
    public void SnoozeUntil_is_the_start_of_the_next_working_day(string zone, string now, string expected)
    {
        var (timing, _) = Timing(At(now));

        Assert.That(timing.SnoozeUntil(new UserClock(zone, null)), Is.EqualTo(At(expected)));
    }

    [Test]
    public void SnoozeUntil_follows_the_clock()
    {
        var (timing, time) = Timing(At("2025-06-02T10:00:00Z"));
        var before = timing.SnoozeUntil(UserClock.Unknown);

        time.Advance(TimeSpan.FromDays(1));

        Assert.That(timing.SnoozeUntil(UserClock.Unknown), Is.EqualTo(before + TimeSpan.FromDays(1)));
    }

    [TestCase(null, true, TestName = "A channel never asked in may be asked now")]
    [TestCase(5, false, TestName = "Five minutes after the last question is too soon")]
    [TestCase(10, true, TestName = "Ten minutes after the last question is enough")]
    [TestCase(60, true, TestName = "An hour after the last question is enough")]
    public void MayAskLive_keeps_a_cooldown_per_channel(int? minutesSinceLastQuestion, bool expected)
    {
        var (timing, time) = Timing(At("2025-06-04T10:00:00Z"), options => options.Timing = QuestionTimingMode.Live);
        DateTimeOffset? last = minutesSinceLastQuestion is { } minutes ? time.GetUtcNow() - TimeSpan.FromMinutes(minutes) : null;

        Assert.That(timing.MayAskLive(last), Is.EqualTo(expected));
    }

    [Test]
    public void MayAskLive_opens_once_the_cooldown_passes()
    {
        var (timing, time) = Timing(At("2025-06-04T10:00:00Z"), options => options.LiveChannelCooldown = TimeSpan.FromMinutes(3));
        var last = time.GetUtcNow();

        time.Advance(TimeSpan.FromMinutes(2));
        var early = timing.MayAskLive(last);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(early, Is.False);
        Assert.That(timing.MayAskLive(last), Is.True);
    }

    [TestCase("2025-06-04T10:00:00Z", 4, "2025-06-04T10:06:00Z", TestName = "Live questions wait out the rest of the channel cooldown")]
    [TestCase("2025-06-04T10:00:00Z", null, "2025-06-04T10:00:00Z", TestName = "A quiet channel may have a live question now")]
    [TestCase("2025-06-06T17:25:00Z", 4, "2025-06-09T09:00:00Z", TestName = "A live question whose cooldown ends after hours waits for Monday")]
    [TestCase("2025-06-07T11:00:00Z", null, "2025-06-09T09:00:00Z", TestName = "Live questions on a weekend wait for Monday")]
    public void LiveReleaseTime_waits_for_the_channel_and_working_hours(string now, int? minutesSinceLastQuestion, string expected)
    {
        var (timing, time) = Timing(At(now), options => options.Timing = QuestionTimingMode.Live);
        DateTimeOffset? last = minutesSinceLastQuestion is { } minutes ? time.GetUtcNow() - TimeSpan.FromMinutes(minutes) : null;

        Assert.That(timing.LiveReleaseTime(last, UserClock.Unknown), Is.EqualTo(At(expected)));
    }

    [Test]
    public void Invalid_options_are_refused_when_the_policy_is_built()
    {
        var options = new QuestionTimingOptions { MaxPerPersonPerIncident = 0 };

        Assert.That(() => new QuestionTiming(TimeProvider.System, options),
            Throws.ArgumentException.With.Message.Contains("Questions:MaxPerPersonPerIncident must be at least 1"));
    }

    private static (QuestionTiming Timing, FakeTimeProvider Time) Timing(DateTimeOffset now,
        Action<QuestionTimingOptions>? configure = null)
    {
        var options = new QuestionTimingOptions();
        configure?.Invoke(options);
        var time = new FakeTimeProvider(now);
        return (new QuestionTiming(time, options), time);
    }

    private static DateTimeOffset At(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
