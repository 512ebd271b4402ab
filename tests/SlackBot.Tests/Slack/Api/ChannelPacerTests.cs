using Microsoft.Extensions.Time.Testing;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class ChannelPacerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Test]
    public void The_first_post_to_a_channel_goes_at_once()
    {
        var pacer = new ChannelPacer(Second, new FakeTimeProvider());

        Assert.That(pacer.WaitTurnAsync("C1").IsCompleted, Is.True);
    }

    [Test]
    public void A_second_post_to_the_same_channel_waits_one_interval()
    {
        var time = new FakeTimeProvider();
        var pacer = new ChannelPacer(Second, time);

        _ = pacer.WaitTurnAsync("C1");
        var second = pacer.WaitTurnAsync("C1");

        time.Advance(Second - TimeSpan.FromMilliseconds(1));
        Assert.That(second.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(second.IsCompleted, Is.True);
    }

    [Test]
    public void Queued_posts_to_one_channel_leave_in_arrival_order_one_interval_apart()
    {
        var time = new FakeTimeProvider();
        var pacer = new ChannelPacer(Second, time);

        var turns = Enumerable.Range(0, 4).Select(_ => pacer.WaitTurnAsync("C1")).ToList();

        var completedPerSecond = new List<int>();
        for (var second = 0; second < 4; second++)
        {
            completedPerSecond.Add(turns.Count(t => t.IsCompleted));
            time.Advance(Second);
        }

        Assert.That(completedPerSecond, Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void Different_channels_do_not_wait_for_each_other()
    {
        var pacer = new ChannelPacer(Second, new FakeTimeProvider());

        var turns = new[] { pacer.WaitTurnAsync("C1"), pacer.WaitTurnAsync("C2"), pacer.WaitTurnAsync("D3") };

        Assert.That(turns.Select(t => t.IsCompleted), Is.All.True);
    }

    [Test]
    public void A_channel_quiet_for_an_interval_posts_at_once_again()
    {
        var time = new FakeTimeProvider();
        var pacer = new ChannelPacer(Second, time);

        _ = pacer.WaitTurnAsync("C1");
        time.Advance(Second);

        Assert.That(pacer.WaitTurnAsync("C1").IsCompleted, Is.True);
    }

    [Test]
    public void Many_channels_are_forgotten_once_their_turn_has_passed_without_losing_pending_turns()
    {
        var time = new FakeTimeProvider();
        var pacer = new ChannelPacer(Second, time);

        _ = pacer.WaitTurnAsync("busy");
        var busyAgain = pacer.WaitTurnAsync("busy");
        time.Advance(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 2000; i++)
        {
            _ = pacer.WaitTurnAsync($"C{i}");
        }

        var busyThird = pacer.WaitTurnAsync("busy");
        time.Advance(TimeSpan.FromMilliseconds(500));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(busyAgain.IsCompleted, Is.True);
            Assert.That(busyThird.IsCompleted, Is.False, "the busy channel's next slot survived pruning");
        }
    }

    [Test]
    public void A_zero_interval_never_waits()
    {
        var pacer = new ChannelPacer(TimeSpan.Zero, new FakeTimeProvider());

        Assert.That(Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync("C1").IsCompleted), Is.All.True);
    }

    [Test]
    public void A_cancelled_wait_ends_with_cancellation()
    {
        var pacer = new ChannelPacer(Second, new FakeTimeProvider());
        using var cancellation = new CancellationTokenSource();

        _ = pacer.WaitTurnAsync("C1");
        var waiting = pacer.WaitTurnAsync("C1", cancellation.Token);
        cancellation.Cancel();

        Assert.That(waiting.IsCanceled, Is.True);
    }
}
