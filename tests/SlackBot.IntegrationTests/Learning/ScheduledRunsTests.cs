using SlackBot.Storage.Retention;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Scheduling;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>The real bot's scheduler: the order it runs the jobs in, stated at start-up, and a record of every run.</summary>
public class ScheduledRunsTests
{
    [Test]
    public async Task The_bot_states_the_order_of_its_jobs_at_start_up_and_records_each_run()
    {
        await using var bed = await LearningBed.StartAsync();

        await bed.WaitForSchedulerPassAsync();

        var runs = bed.Bot.Services.GetRequiredService<IJobRunStore>();
        var jobs = new[] { QuietIncidentsJob.JobName, QuestionPlanningJob.JobName, QuestionReleaseJob.JobName, MessageRetentionJob.JobName };
        var latest = new List<JobRun?>();
        foreach (var job in jobs) latest.Add(await runs.LatestAsync(job));
        Assert.Multiple(() =>
        {
            Assert.That(bed.Bot.LogLines(), Has.One.Contains("Scheduled jobs, in the order each pass runs them: incidents.quiet, questions.plan, questions.release, storage.message-retention, tests.scheduler-passes"));
            Assert.That(latest.Select(run => run?.Status), Has.All.EqualTo(JobRunStatus.Succeeded), string.Join(", ", jobs));
            Assert.That(latest.Select(run => run!.Owner).Distinct().Single(), Is.EqualTo(bed.Bot.Services.GetRequiredService<LearningScheduler>().Owner));
        });
    }
}
