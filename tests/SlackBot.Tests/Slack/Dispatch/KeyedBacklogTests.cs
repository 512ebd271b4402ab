using SlackBot.Slack.Dispatch;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Slack.Dispatch;

public class KeyedBacklogTests
{
    private long _sequence;

    [Test]
    public void A_keys_envelopes_are_handed_out_one_at_a_time_in_sequence()
    {
        var backlog = new KeyedBacklog();
        var first = Event("C1");
        var second = Event("C1");
        backlog.Add(first);
        backlog.Add(second);

        Assert.That(backlog.TryTake(out var taken), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(taken, Is.SameAs(first));
            Assert.That(backlog.TryTake(out _), Is.False, "the second waits until the first is done");
        });

        backlog.Done(taken);
        Assert.That(backlog.TryTake(out var next), Is.True);
        Assert.That(next, Is.SameAs(second));
    }

    [Test]
    public void Different_keys_are_handed_out_side_by_side_oldest_first()
    {
        var backlog = new KeyedBacklog();
        var inOne = Event("C1");
        var inTwo = Event("C2");
        var alsoInOne = Event("C1");
        backlog.Add(inOne);
        backlog.Add(inTwo);
        backlog.Add(alsoInOne);

        var takenFirst = Take(backlog);
        var takenSecond = Take(backlog);

        Assert.Multiple(() =>
        {
            Assert.That(takenFirst, Is.SameAs(inOne));
            Assert.That(takenSecond, Is.SameAs(inTwo), "C2 does not wait for C1");
            Assert.That(backlog.TryTake(out _), Is.False, "C1's second waits for its first");
            Assert.That(backlog.Count, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_key_with_a_command_waiting_goes_before_older_event_backlogs()
    {
        var backlog = new KeyedBacklog();
        var oldEvent = Event("C1");
        var eventBeforeCommand = Event("C2");
        var command = Command("C2");
        backlog.Add(oldEvent);
        backlog.Add(eventBeforeCommand);
        backlog.Add(command);

        Assert.Multiple(() =>
        {
            Assert.That(Take(backlog), Is.SameAs(eventBeforeCommand), "someone waits on C2, and the command waits on this event");
            Assert.That(Take(backlog), Is.SameAs(oldEvent));
        });
    }

    [Test]
    public void Changed_completes_when_work_is_added_or_a_key_frees_up()
    {
        var backlog = new KeyedBacklog();
        var added = backlog.Changed;
        Assert.That(added.IsCompleted, Is.False);

        var envelope = Event("C1");
        backlog.Add(envelope);
        Assert.That(added.IsCompleted, Is.True);

        var taken = Take(backlog);
        var freed = backlog.Changed;
        Assert.That(freed.IsCompleted, Is.False);
        backlog.Done(taken);
        Assert.Multiple(() =>
        {
            Assert.That(freed.IsCompleted, Is.True);
            Assert.That(backlog.Count, Is.Zero);
        });
    }

    [Test]
    public void Adding_out_of_sequence_or_finishing_what_was_not_taken_is_refused()
    {
        var backlog = new KeyedBacklog();
        var later = Event("C1");
        var earlier = new PendingEnvelope(later.Sequence - 1, later.Envelope with { Id = "ev:earlier" });
        backlog.Add(later);

        Assert.Multiple(() =>
        {
            Assert.That(() => backlog.Add(earlier), Throws.InvalidOperationException);
            Assert.That(() => backlog.Done(later), Throws.InvalidOperationException);
        });
    }

    private PendingEnvelope Event(string channel)
    {
        var sequence = ++_sequence;
        return new PendingEnvelope(sequence, Envelopes.Message($"Ev{sequence}", channel: channel));
    }

    private PendingEnvelope Command(string channel)
    {
        var sequence = ++_sequence;
        return new PendingEnvelope(sequence, Envelopes.Command("resolve", triggerId: $"trigger-{sequence}", channel: channel));
    }

    private static PendingEnvelope Take(KeyedBacklog backlog) =>
        backlog.TryTake(out var taken) ? taken : throw new AssertionException("Nothing to take");
}
