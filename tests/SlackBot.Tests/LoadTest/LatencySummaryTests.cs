using SlackBot.LoadTest;

namespace SlackBot.Tests.LoadTest;

/// <summary>The load driver's percentiles: nearest rank, so a tail is a latency that was really seen.</summary>
public class LatencySummaryTests
{
    [Test]
    public void Percentiles_of_one_to_a_thousand_are_the_nearest_ranks()
    {
        var shuffled = Enumerable.Range(1, 1000).Select(i => (double)i).OrderBy(i => (i * 7919) % 1000).ToList();

        var summary = LatencySummary.Of(shuffled);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Count, Is.EqualTo(1000));
            Assert.That(summary.P50, Is.EqualTo(500));
            Assert.That(summary.P99, Is.EqualTo(990));
            Assert.That(summary.P999, Is.EqualTo(999));
            Assert.That(summary.Max, Is.EqualTo(1000));
        });
    }

    [Test]
    public void With_fewer_samples_than_the_tail_needs_the_tail_is_the_slowest_sample()
    {
        var summary = LatencySummary.Of([3.0, 1.0, 2.0, 40.0]);

        Assert.Multiple(() =>
        {
            Assert.That(summary.P50, Is.EqualTo(2.0));
            Assert.That(summary.P99, Is.EqualTo(40.0));
            Assert.That(summary.P999, Is.EqualTo(40.0));
        });
    }

    [Test]
    public void No_samples_give_no_numbers_rather_than_zeros()
    {
        var summary = LatencySummary.Of([]);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Count, Is.Zero);
            Assert.That(summary.P99, Is.NaN);
        });
    }

    [Test]
    public void A_percentile_outside_zero_to_a_hundred_is_refused() =>
        Assert.That(() => LatencySummary.Percentile([1.0], 101), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
