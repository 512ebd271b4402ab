using System.Globalization;
using CsCheck;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class SlackTsTests
{
    // Microseconds up to 11 digits of seconds, the most a Slack timestamp may carry.
    private static readonly Gen<long> Microseconds = Gen.Long[0, 99_999_999_999_999_999];

    private static readonly Gen<string> Digits = Gen.Char['0', '9'].Array[1, 11].Select(chars => new string(chars));

    // Any text the parser accepts: seconds, and optionally a dot and 1 to 9 fraction digits (past six are not counted).
    private static readonly Gen<string> ValidText =
        Gen.Select(Digits, Gen.Char['0', '9'].Array[0, 9], (seconds, fraction) => fraction.Length == 0 ? seconds : seconds + "." + new string(fraction));

    [TestCase("1433558207.760577", 1433558207_760577L)]
    [TestCase("1772442060.000200", 1772442060_000200L)]
    [TestCase("1772442060.2", 1772442060_200000L, Description = "a short fraction is tenths, not millionths")]
    [TestCase("1772442060", 1772442060_000000L, Description = "no fraction at all")]
    [TestCase("1772442060.1234567", 1772442060_123456L, Description = "digits past microseconds are not counted")]
    public void A_slack_timestamp_is_seconds_and_a_fraction(string text, long microseconds)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SlackTs.TryParse(text, out var parsed), Is.True);
            Assert.That(parsed.UnixMicroseconds, Is.EqualTo(microseconds));
            Assert.That(parsed.ToString(), Is.EqualTo(text), "the exact text is kept");
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yesterday")]
    [TestCase("1772442060.")]
    [TestCase(".000200")]
    [TestCase("-1772442060.000200")]
    [TestCase("+1772442060.000200")]
    [TestCase(" 1772442060.000200")]
    [TestCase("1772442060.000200 ")]
    [TestCase("1,772442060")]
    [TestCase("1772442060.000.200")]
    [TestCase("17724420600000000.000200")]
    [TestCase("1772442060.00a200")]
    [TestCase("１７７２４４２０６０.000200", Description = "digits of another script")]
    public void Anything_else_is_not_a_slack_timestamp(string? text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SlackTs.TryParse(text, out var parsed), Is.False);
            Assert.That(parsed, Is.EqualTo(default(SlackTs)));
        });
    }

    [Test]
    public void Parsing_something_that_is_not_a_timestamp_fails_clearly_instead_of_meaning_1970()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SlackTs.Parse("soon"), Throws.TypeOf<FormatException>().With.Message.Contains("'soon'"));
            Assert.That(() => SlackTs.ToTime("soon"), Throws.TypeOf<FormatException>().With.Message.Contains("'soon'"));
            Assert.That(() => SlackTs.ToTime(""), Throws.TypeOf<FormatException>());
        });
    }

    [Test]
    public void The_time_of_a_timestamp_is_utc_to_the_microsecond()
    {
        var expected = new DateTimeOffset(2015, 6, 6, 2, 36, 47, TimeSpan.Zero).AddTicks(760577 * TimeSpan.TicksPerMicrosecond);

        Assert.Multiple(() =>
        {
            Assert.That(SlackTs.Parse("1433558207.760577").ToDateTimeOffset(), Is.EqualTo(expected));
            Assert.That(SlackTs.ToTime("1433558207.760577"), Is.EqualTo(expected));
        });
    }

    [Test]
    public void A_moment_is_written_the_way_slack_writes_timestamps()
    {
        var time = new DateTimeOffset(2026, 11, 5, 13, 41, 41, TimeSpan.Zero).AddTicks(634084 * TimeSpan.TicksPerMicrosecond + 7);

        Assert.Multiple(() =>
        {
            Assert.That(SlackTs.FromDateTimeOffset(time).ToString(), Is.EqualTo("1793886101.634084"), "sub-microsecond ticks dropped");
            Assert.That(SlackTs.FromDateTimeOffset(DateTimeOffset.UnixEpoch).ToString(), Is.EqualTo("0.000000"));
            Assert.That(() => SlackTs.FromDateTimeOffset(DateTimeOffset.UnixEpoch.AddTicks(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void The_default_is_the_epoch() =>
        Assert.That(default(SlackTs), Is.EqualTo(SlackTs.FromDateTimeOffset(DateTimeOffset.UnixEpoch)));

    [Test]
    public void Timestamps_are_ids_so_the_same_instant_written_twice_is_two_of_them()
    {
        var shorter = SlackTs.Parse("1700000000.5");
        var longer = SlackTs.Parse("1700000000.500000");

        Assert.Multiple(() =>
        {
            Assert.That(shorter.ToDateTimeOffset(), Is.EqualTo(longer.ToDateTimeOffset()));
            Assert.That(shorter, Is.Not.EqualTo(longer));
            Assert.That(shorter.CompareTo(longer), Is.Not.Zero, "ordering agrees with equality");
        });
    }

    [Test]
    public void Strings_sort_by_time_and_what_is_not_a_timestamp_sorts_last()
    {
        string[] unsorted = ["1700000000.000100", "999999999.000000", "not-a-ts", "1700000000.000099", "1700000000.00001"];

        Assert.Multiple(() =>
        {
            Assert.That(unsorted.Order(SlackTs.Comparer), Is.EqualTo(new[] { "999999999.000000", "1700000000.00001", "1700000000.000099", "1700000000.000100", "not-a-ts" }));
            Assert.That(SlackTs.Compare(null, "1700000000.000100"), Is.Positive);
            Assert.That(SlackTs.Compare(null, null), Is.Zero);
        });
    }

    [Test]
    public void Formatting_a_moment_and_parsing_it_back_gives_the_same_timestamp_and_moment() =>
        Microseconds.Sample(microseconds =>
        {
            var time = DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);
            var written = SlackTs.FromDateTimeOffset(time);
            var read = SlackTs.Parse(written.ToString());
            return read == written && read.UnixMicroseconds == microseconds && read.ToDateTimeOffset() == time;
        });

    [Test]
    public void Parsing_then_formatting_gives_back_the_exact_text() =>
        ValidText.Sample(text => SlackTs.Parse(text).ToString() == text && SlackTs.TryParse(text, out var parsed) && parsed == SlackTs.Parse(text));

    [Test]
    public void Ordering_agrees_with_numeric_order() =>
        Gen.Select(ValidText, ValidText).Sample((left, right) =>
        {
            var numeric = Math.Sign(decimal.Parse(left, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(right, CultureInfo.InvariantCulture)));
            var byType = Math.Sign(SlackTs.Parse(left).CompareTo(SlackTs.Parse(right)));
            var byStrings = Math.Sign(SlackTs.Compare(left, right));
            // Equal numbers written differently ("1.5", "1.50") are different ids; their order is only required to be consistent.
            return byType == byStrings && (numeric == 0 ? byType == -Math.Sign(SlackTs.Parse(right).CompareTo(SlackTs.Parse(left))) : byType == numeric);
        });

    [Test]
    public void Compare_is_zero_exactly_when_equal() =>
        Gen.Select(ValidText, ValidText).Sample((left, right) =>
        {
            var (a, b) = (SlackTs.Parse(left), SlackTs.Parse(right));
            return (a.CompareTo(b) == 0) == (a == b) && (a == b) == (left == right) && (a != b || a.GetHashCode() == b.GetHashCode());
        });
}
