using SlackBot.Features.Import.Export;

namespace SlackBot.Tests.Import;

public sealed class SlackTimestampTests
{
    [TestCase("1433558207.760577", 1433558207_760577L)]
    [TestCase("1772442060.000200", 1772442060_000200L)]
    [TestCase("1772442060.2", 1772442060_200000L, Description = "a short fraction is tenths, not millionths")]
    [TestCase("1772442060", 1772442060_000000L, Description = "no fraction at all")]
    [TestCase("1772442060.1234567", 1772442060_123456L, Description = "digits past microseconds are dropped")]
    public void A_slack_timestamp_is_seconds_and_a_fraction(string ts, long microseconds)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SlackTimestamp.TryParse(ts, out var parsed), Is.True);
            Assert.That(parsed, Is.EqualTo(microseconds));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yesterday")]
    [TestCase("1772442060.")]
    [TestCase(".000200")]
    [TestCase("-1772442060.000200")]
    [TestCase("17724420600000000.000200")]
    [TestCase("1772442060.00a200")]
    public void Anything_else_is_not_a_slack_timestamp(string? ts)
    {
        Assert.That(SlackTimestamp.TryParse(ts, out _), Is.False);
    }

    [Test]
    public void The_time_of_a_timestamp_is_utc_to_the_microsecond()
    {
        Assert.That(SlackTimestamp.ToTime("1433558207.760577"),
            Is.EqualTo(new DateTimeOffset(2015, 6, 6, 2, 36, 47, TimeSpan.Zero).AddTicks(760577 * TimeSpan.TicksPerMicrosecond)));
    }

    [Test]
    public void Asking_the_time_of_something_that_is_not_a_timestamp_fails_clearly()
    {
        Assert.That(() => SlackTimestamp.ToTime("soon"), Throws.TypeOf<FormatException>().With.Message.Contains("'soon'"));
    }
}
