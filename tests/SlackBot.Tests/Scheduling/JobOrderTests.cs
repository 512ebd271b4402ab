using Microsoft.Extensions.Time.Testing;
using SlackBot.Scheduling;

namespace SlackBot.Tests.Scheduling;

/// <summary>The order of a pass comes from what jobs declare, never from the order they were registered in.</summary>
public class JobOrderTests
{
    private readonly RunLog _log = new();
    private readonly FakeTimeProvider _time = new();

    [Test]
    public void Jobs_run_after_what_they_declare_in_whatever_order_they_were_registered()
    {
        IScheduledJob[] jobs =
        [
            Job("questions.release", "questions.plan"),
            Job("questions.plan", "incidents.quiet"),
            Job("digest.weekly"),
            Job("incidents.quiet"),
        ];

        var orders = Permutations(jobs).Select(permutation => Names(JobOrder.Sort(permutation))).Distinct(new SequenceComparer()).ToList();

        Assert.That(orders, Has.Count.EqualTo(1), "every registration order gives the same pass");
        Assert.That(orders[0], Is.EqualTo(new[] { "digest.weekly", "incidents.quiet", "questions.plan", "questions.release" }),
            "dependencies first, and otherwise by name");
    }

    [Test]
    public void A_cycle_fails_with_a_message_naming_the_jobs_in_it()
    {
        var jobs = new[] { Job("incidents.quiet"), Job("questions.plan", "questions.release"), Job("questions.release", "questions.plan") };

        var failure = Assert.Throws<ScheduleException>(() => JobOrder.Sort(jobs))!;

        Assert.That(failure.Message, Does.Contain("'questions.plan' runs after 'questions.release', which runs after 'questions.plan'"));
        Assert.That(failure.Message, Does.Not.Contain("incidents.quiet"), "only the jobs in the cycle");
    }

    [Test]
    public void A_job_that_runs_after_itself_is_a_cycle()
    {
        var failure = Assert.Throws<ScheduleException>(() => JobOrder.Sort([Job("digest.weekly", "digest.weekly")]))!;

        Assert.That(failure.Message, Does.Contain("'digest.weekly' runs after 'digest.weekly'"));
    }

    [Test]
    public void A_missing_dependency_fails_with_a_message_naming_both_jobs()
    {
        var failure = Assert.Throws<ScheduleException>(() => JobOrder.Sort([Job("questions.plan", "incidents.quite")]))!;

        Assert.That(failure.Message, Is.EqualTo("Scheduled job 'questions.plan' runs after 'incidents.quite', but no job of that name is registered."));
    }

    [Test]
    public void Two_jobs_with_one_name_fail_even_when_the_case_differs()
    {
        var failure = Assert.Throws<ScheduleException>(() => JobOrder.Sort([Job("digest/C0TEAM"), Job("digest/c0team")]))!;

        Assert.That(failure.Message, Does.Contain("Two scheduled jobs are named 'digest/c0team'"));
    }

    [TestCase("")]
    [TestCase("questions:plan")]
    [TestCase(".hidden")]
    [TestCase("with space")]
    public void A_name_that_cannot_key_a_run_record_fails(string name)
    {
        var failure = Assert.Throws<ScheduleException>(() => JobOrder.Sort([Job(name)]))!;

        Assert.That(failure.Message, Does.Contain($"is named '{name}'"));
    }

    private RecordingJob Job(string name, params string[] runsAfter) => new(new JobSchedule(name, JobCadence.EveryTick) { RunsAfter = runsAfter }, _log, _time);

    private static List<string> Names(IEnumerable<IScheduledJob> jobs) => jobs.Select(job => job.Schedule.Name).ToList();

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items) =>
        items.Count <= 1
            ? [items]
            : items.SelectMany((item, index) => Permutations(items.Where((_, other) => other != index).ToList()).Select(rest => (IReadOnlyList<T>)rest.Prepend(item).ToList()));

    private sealed class SequenceComparer : IEqualityComparer<List<string>>
    {
        public bool Equals(List<string>? x, List<string>? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<string> obj) => string.Join("|", obj).GetHashCode(StringComparison.Ordinal);
    }
}
