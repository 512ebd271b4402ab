using SlackBot.LoadTest;

namespace SlackBot.Tests.LoadTest;

/// <summary>The open model's timetable: evenly spaced due times that do not depend on how earlier requests went.</summary>
public class ArrivalScheduleTests
{
    [Test]
    public void A_rate_over_a_duration_sends_rate_times_seconds_requests_evenly_spaced()
    {
        var schedule = new ArrivalSchedule(200, TimeSpan.FromSeconds(20));

        Assert.Multiple(() =>
        {
            Assert.That(schedule.Count, Is.EqualTo(4000));
            Assert.That(schedule.DueAfter(0), Is.EqualTo(TimeSpan.Zero));
            Assert.That(schedule.DueAfter(1).TotalMilliseconds, Is.EqualTo(5).Within(1e-9));
            Assert.That(schedule.DueAfter(3999).TotalSeconds, Is.EqualTo(19.995).Within(1e-9));
        });
    }

    [Test]
    public void Requests_due_by_a_moment_are_those_whose_time_has_come_and_never_more_than_the_run_holds()
    {
        var schedule = new ArrivalSchedule(1000, TimeSpan.FromSeconds(2));

        Assert.Multiple(() =>
        {
            Assert.That(schedule.DueBy(TimeSpan.FromMilliseconds(-1)), Is.Zero);
            Assert.That(schedule.DueBy(TimeSpan.Zero), Is.EqualTo(1), "the first request is due at the start");
            Assert.That(schedule.DueBy(TimeSpan.FromMilliseconds(10.5)), Is.EqualTo(11));
            Assert.That(schedule.DueBy(TimeSpan.FromMinutes(1)), Is.EqualTo(2000));
        });
    }

    [Test]
    public void A_rate_of_zero_is_refused() =>
        Assert.That(() => new ArrivalSchedule(0, TimeSpan.FromSeconds(1)), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
