using SlackBot.Features.Digests;

namespace SlackBot.Tests.Features.Digests;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [TestCase("", "0 9 * * MON", "Europe/Berlin")]
    [TestCase("mon 09:00", "0 9 * * MON", "Europe/Berlin")]
    [TestCase("Friday 16:30", "30 16 * * FRI", "Europe/Berlin")]
    [TestCase("tuesdays 7:05 America/New_York", "5 7 * * TUE", "America/New_York")]
    [TestCase("wed", "0 9 * * WED", "Europe/Berlin")]
    [TestCase("0 8 * * 1-5", "0 8 * * 1-5", "Europe/Berlin")]
    [TestCase("0 9 * * mon UTC", "0 9 * * MON", "UTC")]
    public void Friendly_forms_and_cron_read_as_cron_in_a_zone(string typed, string cron, string zone)
    {
        var schedule = DigestSchedule.TryParse(typed, Berlin, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Empty);
            Assert.That(schedule?.Cron, Is.EqualTo(cron));
            Assert.That(schedule?.Zone.Id, Is.EqualTo(zone));
        });
    }

    [TestCase("mon 25:00", "24-hour")]
    [TestCase("mon 9am", "24-hour")]
    [TestCase("0 9 * * FUNDAY", "cron")]
    [TestCase("every week", "day and a time")]
    [TestCase("mon 09:00 Mars/Olympus_Mons", "time zone")]
    public void Bad_schedules_are_refused_with_a_reason(string typed, string reason)
    {
        var schedule = DigestSchedule.TryParse(typed, Berlin, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(schedule, Is.Null);
            Assert.That(error, Does.Contain(reason));
            Assert.That(error, Does.Not.Contain("Mars").And.Not.Contain("FUNDAY"), "nothing typed is echoed");
        });
    }

    [Test]
    public void A_simple_weekly_schedule_describes_itself_in_words_and_others_as_cron()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new DigestSchedule("30 16 * * FRI", Berlin).Describe(), Is.EqualTo("Fridays at 16:30 (Europe/Berlin)"));
            Assert.That(new DigestSchedule("0 8 * * 1-5", Berlin).Describe(), Is.EqualTo("cron `0 8 * * 1-5` (Europe/Berlin)"));
        });
    }

    [Test]
    public void The_next_send_is_nine_local_time_on_either_side_of_a_daylight_saving_change()
    {
        var schedule = DigestSchedule.TryParse("", Berlin, out _)!;

        // Berlin leaves summer time on Sunday 25 October 2026: 09:00 is 07:00 UTC before and 08:00 UTC after.
        var before = schedule.NextAfter(new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.Zero));
        var after = schedule.NextAfter(new DateTimeOffset(2026, 10, 22, 12, 0, 0, TimeSpan.Zero));

        Assert.That((before, after), Is.EqualTo((
            (DateTimeOffset?)new DateTimeOffset(2026, 10, 19, 7, 0, 0, TimeSpan.Zero),
            (DateTimeOffset?)new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero))));
    }
}
