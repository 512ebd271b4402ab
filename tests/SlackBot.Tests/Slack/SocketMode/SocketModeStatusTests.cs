using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

public class SocketModeStatusTests
{
    private static readonly DateTimeOffset First = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void It_starts_out_not_connected()
    {
        Assert.That(new SocketModeStatus().Current, Is.EqualTo(SocketModeState.Connecting));
    }

    [Test]
    public void A_replacement_that_is_ready_before_the_old_connection_ends_leaves_no_gap()
    {
        var status = new SocketModeStatus();

        status.ConnectionReady(First);
        status.ConnectionReady(First.AddHours(3));
        status.ConnectionEnded();

        Assert.That(status.Current, Is.EqualTo(new SocketModeState(First, null)));
    }

    [Test]
    public void When_the_last_connection_ends_it_is_disconnected_and_the_next_one_starts_a_new_period()
    {
        var status = new SocketModeStatus();
        status.ConnectionReady(First);
        status.ConnectionEnded();
        var between = status.Current;

        status.ConnectionReady(First.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(between.IsConnected, Is.False);
            Assert.That(status.Current.ConnectedSince, Is.EqualTo(First.AddMinutes(1)));
        });
    }

    [Test]
    public void Once_failed_it_stays_failed()
    {
        var status = new SocketModeStatus();
        status.ConnectionReady(First);

        status.MarkFailed("link_disabled");
        status.ConnectionEnded();
        status.ConnectionReady(First.AddMinutes(1));

        Assert.That(status.Current, Is.EqualTo(new SocketModeState(null, "link_disabled")));
    }
}
