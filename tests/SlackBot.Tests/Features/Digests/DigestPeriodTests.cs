using SlackBot.Features.Digests;

namespace SlackBot.Tests.Features.Digests;

public sealed class DigestPeriodTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Test]
    public void Mondays_digest_covers_the_local_week_before_it()
    {
        var sendAt = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero); // Monday 09:00 in Berlin

        var period = DigestPeriod.Before(sendAt, Berlin);

        Assert.Multiple(() =>
        {
            Assert.That(period.Start, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero)), "Monday 23 Nov, 00:00 in Berlin");
            Assert.That(period.End, Is.EqualTo(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero)), "Monday 30 Nov, 00:00 in Berlin");
            Assert.That(period.WeekLabel(Berlin), Is.EqualTo("2026-W48"));
        });
    }

    [TestCase(2026, 10, 26, 169)] // the week holding the end of summer time has an extra hour
    [TestCase(2026, 3, 30, 167)] // the week holding its start has one hour fewer
    [TestCase(2026, 11, 30, 168)]
    public void A_week_is_seven_local_days_whatever_daylight_saving_does(int year, int month, int day, int hours)
    {
        var sendAt = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero);

        var period = DigestPeriod.Before(sendAt, Berlin);

        Assert.That(period.Length, Is.EqualTo(TimeSpan.FromHours(hours)));
    }

    [Test]
    public void An_iso_week_reads_back_and_its_previous_weeks_touch_it()
    {
        var week = DigestPeriod.TryParseWeek("2026-W44", Berlin)!;
        var previous = week.Previous(4, Berlin);

        Assert.Multiple(() =>
        {
            Assert.That(week.Start, Is.EqualTo(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(previous, Has.Count.EqualTo(4));
            Assert.That(previous[^1].End, Is.EqualTo(week.Start));
            Assert.That(previous[0].Start, Is.EqualTo(new DateTimeOffset(2026, 9, 27, 22, 0, 0, TimeSpan.Zero)), "Monday 28 Sep, summer time");
            Assert.That(previous.Zip(previous.Skip(1)).All(pair => pair.First.End == pair.Second.Start), Is.True);
        });
    }

    [TestCase("2026-W00")]
    [TestCase("2026-W54")]
    [TestCase("2026-48")]
    [TestCase("last week")]
    public void Anything_else_is_not_a_week(string text) => Assert.That(DigestPeriod.TryParseWeek(text, Berlin), Is.Null);
}
