using SlackBot.Slack.Api;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

public class SocketModeBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [TestCase(0, 1)]
    [TestCase(1, 2)]
    [TestCase(2, 4)]
    [TestCase(3, 8)]
    [TestCase(4, 16)]
    [TestCase(5, 30)]
    [TestCase(60, 30)]
    public void Without_jitter_the_delay_doubles_up_to_the_cap(int attempt, double seconds)
    {
        Assert.That(SocketModeBackoff.Delay(attempt, Base, Cap, random: 0), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Jitter_takes_off_at_most_a_fifth()
    {
        var shortest = SocketModeBackoff.Delay(3, Base, Cap, random: 0.999999);

        Assert.That(shortest, Is.InRange(TimeSpan.FromSeconds(8 * 0.8), TimeSpan.FromSeconds(8)));
    }

    [Test]
    public void Each_delay_is_longer_than_the_one_before_whatever_the_jitter_until_the_cap()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var longestNow = SocketModeBackoff.Delay(attempt, Base, Cap, random: 0);
            var shortestNext = SocketModeBackoff.Delay(attempt + 1, Base, Cap, random: 0.999999);
            Assert.That(shortestNext, Is.GreaterThan(longestNow), $"attempt {attempt}");
        }
    }

    [Test]
    public void A_longer_Retry_After_from_Slack_wins()
    {
        var options = new SocketModeOptions();
        var limited = new SlackRateLimitedException("apps.connections.open", TimeSpan.FromSeconds(45));

        Assert.That(SocketModeBackoff.DelayAfter(limited, attempt: 0, options, random: 0), Is.EqualTo(TimeSpan.FromSeconds(45)));
    }

    [Test]
    public void A_shorter_Retry_After_does_not_cut_the_backoff()
    {
        var options = new SocketModeOptions();
        var limited = new SlackRateLimitedException("apps.connections.open", TimeSpan.FromSeconds(1));

        Assert.That(SocketModeBackoff.DelayAfter(limited, attempt: 3, options, random: 0), Is.EqualTo(TimeSpan.FromSeconds(8)));
    }
}
