using SlackBot.Storage.Retention;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Tests.Support;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Scheduling;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Scheduling;

/// <summary>
/// The product's three jobs under the scheduler: their order comes from their declarations, so registering them the
/// other way round changes nothing; and each reads only what is due. "Poisoned" documents (an enum value no code
/// knows, so reading one throws) stand for history: a job that touched one would fail its run.
/// </summary>
public class FeatureJobsTests
{
    private const string Channel = "C0INC1";
    private const string Alice = "U0ALICE";

    // Tuesday 3 March 2026, 10:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);

    [TestCase(false, TestName = "A quiet incident is resolved, planned and asked about in one pass (jobs registered as the features add them)")]
    [TestCase(true, TestName = "A quiet incident is resolved, planned and asked about in one pass (jobs registered in reverse)")]
    public async Task A_quiet_incident_is_resolved_planned_and_asked_about_in_one_pass_whatever_the_registration_order(bool reversed)
    {
        using var world = new FeatureJobsWorld(Now, changeRegistrations: reversed ? FeatureJobsWorld.ReverseJobs : null);
        var order = await world.Scheduler.PrepareAsync(CancellationToken.None);
        var incident = SaveQuietIncident(world);
        var moment = SaveMoment(world, incident, "1772490000.000100");

        await world.Scheduler.RunDueAsync(CancellationToken.None);

        var resolved = world.Incidents.Find(incident.Id)!;
        var question = world.Questions.Find(AskedQuestion.IdFor(moment.Id));
        Assert.Multiple(() =>
        {
            // The storage registrations bring the retention job, which depends on nothing and nothing on it.
            Assert.That(order.Where(name => name != MessageRetentionJob.JobName), Is.EqualTo(new[] { QuietIncidentsJob.JobName, QuestionPlanningJob.JobName, QuestionReleaseJob.JobName }));
            Assert.That(order, Does.Contain(MessageRetentionJob.JobName));
            Assert.That(resolved.ResolvedVia, Is.EqualTo(ResolutionSource.QuietPeriod));
            Assert.That(resolved.QuestionsPlannedAt, Is.EqualTo(Now), "planned in the pass that resolved it");
            Assert.That(question?.Status, Is.EqualTo(QuestionStatus.Posted), "and released in that pass too");
            Assert.That(world.OutboxRows.Find(question!.OutboxIdForPost(1)), Is.Not.Null, "handed to the outbox");
        });
    }

    [Test]
    public async Task A_job_that_runs_after_a_job_nobody_registered_stops_start_up_with_a_message()
    {
        using var world = new FeatureJobsWorld(Now, changeRegistrations: services =>
            services.AddSingleton<IScheduledJob>(new RecordingJob(new JobSchedule("digest.weekly", JobCadence.EveryTick) { RunsAfter = ["questions.planning"] }, new RunLog(), TimeProvider.System)));

        var failure = Assert.ThrowsAsync<ScheduleException>(() => world.Scheduler.StartAsync(CancellationToken.None));

        Assert.That(failure!.Message, Is.EqualTo("Scheduled job 'digest.weekly' runs after 'questions.planning', but no job of that name is registered."));
    }

    [Test]
    public async Task The_quiet_incident_job_reads_only_active_incidents()
    {
        using var world = new FeatureJobsWorld(Now);
        var history = PoisonHistory(world, 300);
        var quiet = SaveQuietIncident(world);
        Assert.That(() => world.Incidents.WithStatus(IncidentStatus.Resolved), Throws.Exception, "precondition: reading the history fails");

        await world.Scheduler.RunDueAsync(CancellationToken.None);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await world.Get<IJobRunStore>().FindAsync(QuietIncidentsJob.JobName, Now))!.Status, Is.EqualTo(JobRunStatus.Succeeded), "no poisoned incident was read");
            Assert.That(world.Incidents.Find(quiet.Id)!.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(history, Has.Count.EqualTo(300));
        });
    }

    [Test]
    public async Task The_planning_job_reads_only_resolved_incidents_past_the_cool_down_that_are_not_planned()
    {
        using var world = new FeatureJobsWorld(Now);
        PoisonHistory(world, 300);
        var due = SaveResolved(world, "C0DUE", resolvedAt: Now.AddHours(-2));
        var cooling = SaveResolved(world, "C0COOL", resolvedAt: Now.AddMinutes(-5));
        var dueMoment = SaveMoment(world, due, "1772480000.000100");
        var coolingMoment = SaveMoment(world, cooling, "1772480000.000200");

        await world.Scheduler.RunDueAsync(CancellationToken.None);

        var cutoff = Now - TimeSpan.FromMinutes(30);
        var plan = world.Database.Collection<Incident>("incidents").Query().Where(LiteDbIncidentStore.AwaitingQuestionsQuery(cutoff)).GetPlan();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await world.Get<IJobRunStore>().FindAsync(QuestionPlanningJob.JobName, Now))!.Status, Is.EqualTo(JobRunStatus.Succeeded), "no poisoned incident was read");
            Assert.That(world.Questions.Find(AskedQuestion.IdFor(dueMoment.Id)), Is.Not.Null, "the due incident was planned");
            Assert.That(world.Questions.Find(AskedQuestion.IdFor(coolingMoment.Id)), Is.Null, "the one still cooling down was not");
            Assert.That(world.Incidents.AwaitingQuestions(Now.AddDays(1)).Select(incident => incident.Id), Is.EqualTo(new[] { cooling.Id }), "only the cooling one still waits");
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(Incident.AwaitingQuestionsSince)));
            Assert.That(plan["index"]["mode"].AsString, Does.StartWith("INDEX RANGE SCAN"));
        });
    }

    [Test]
    public async Task The_release_job_reads_only_questions_whose_time_has_come()
    {
        using var world = new FeatureJobsWorld(Now);
        var incident = SaveResolved(world, Channel, resolvedAt: Now.AddDays(-1));
        world.Incidents.Save(IncidentLifecycle.QuestionsPlanned(incident, Now.AddDays(-1)));
        var dueMoment = SaveMoment(world, incident, "1772400000.000100");
        var due = Question(dueMoment, QuestionStatus.Scheduled, releaseAt: Now.AddMinutes(-1));
        world.Questions.Save(due);
        _ = world.Questions;
        var questions = world.Database.Lite.GetCollection("questions");
        for (var i = 0; i < 300; i++)
        {
            // Answered long ago, or waiting for someone's working hours later on: neither is due now.
            var (status, releaseAt) = i % 3 == 0 ? (QuestionStatus.Scheduled, Now.AddHours(1 + i)) : (QuestionStatus.Answered, Now.AddDays(-i));
            var document = world.Database.Lite.Mapper.ToDocument(Question(dueMoment with { Id = Moment.IdFor("C0OLD", $"{i}.0") }, status, releaseAt));
            document[nameof(AskedQuestion.Category)] = "Poisoned";
            questions.Insert(document);
        }

        Assert.That(() => world.Questions.All(), Throws.Exception, "precondition: reading the old questions fails");

        await world.Scheduler.RunDueAsync(CancellationToken.None);

        var plan = world.Database.Collection<AskedQuestion>("questions").Query().Where(LiteDbQuestionStore.DueQuery(Now)).GetPlan();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await world.Get<IJobRunStore>().FindAsync(QuestionReleaseJob.JobName, Now))!.Status, Is.EqualTo(JobRunStatus.Succeeded), "no poisoned question was read");
            Assert.That(world.Questions.Find(due.Id)!.Status, Is.EqualTo(QuestionStatus.Posted));
            Assert.That(world.OutboxRows.Find(due.OutboxIdForPost(1)), Is.Not.Null);
            Assert.That(plan["index"]["name"].AsString, Is.EqualTo(nameof(AskedQuestion.AwaitingReleaseAt)));
            Assert.That(plan["index"]["mode"].AsString, Does.StartWith("INDEX RANGE SCAN"));
        });
    }

    [Test]
    public async Task Incidents_and_questions_stored_before_the_due_fields_existed_are_still_found()
    {
        using var world = new FeatureJobsWorld(Now);
        // Written by the previous version: the documents lack the computed fields the due queries use.
        var unplanned = IncidentLifecycle.Resolve(IncidentLifecycle.Start("C0NEW", "inc-new", false, Now.AddHours(-5), IncidentOrigin.ChannelName), Now.AddHours(-2), ResolutionSource.Command, Alice);
        var plannedBefore = IncidentLifecycle.Resolve(IncidentLifecycle.Start("C0OLD", "inc-old", false, Now.AddDays(-9), IncidentOrigin.ChannelName), Now.AddDays(-8), ResolutionSource.Command, Alice);
        InsertWithout(world, "incidents", unplanned, nameof(Incident.AwaitingQuestionsSince));
        InsertWithout(world, "incidents", plannedBefore, nameof(Incident.AwaitingQuestionsSince));
        var waitingMoment = new Moment { Id = Moment.IdFor("C0OLD", "1771700000.000100"), IncidentId = plannedBefore.Id, ChannelId = "C0OLD", Ts = "1771700000.000100", UserId = Alice, Text = "x", Cue = "x" };
        var waiting = Question(waitingMoment, QuestionStatus.Snoozed, releaseAt: Now.AddMinutes(-10));
        InsertWithout(world, "questions", waiting, nameof(AskedQuestion.AwaitingReleaseAt));
        world.Database.Collection<QuestionPlan>("question_plans").Insert(new QuestionPlan { Id = plannedBefore.Id, PlannedAt = Now.AddDays(-8), Questions = 1 });
        world.Moments.Save(waitingMoment);
        var unplannedMoment = SaveMoment(world, unplanned, "1772470000.000100");

        await world.Scheduler.RunDueAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(world.Questions.Find(AskedQuestion.IdFor(unplannedMoment.Id)), Is.Not.Null, "the unplanned incident is planned");
            Assert.That(world.Incidents.Find(plannedBefore.Id)!.QuestionsPlannedAt, Is.Not.Null, "the one planned before is marked so");
            Assert.That(world.Questions.ForIncident(plannedBefore.Id), Has.Count.EqualTo(1), "and not planned again");
            Assert.That(world.Questions.Find(waiting.Id)!.Status, Is.EqualTo(QuestionStatus.Posted), "the snoozed question is asked again");
        });
    }

    /// <summary>An active incident whose last message was 13 hours ago: past the default 12-hour quiet period.</summary>
    private static Incident SaveQuietIncident(FeatureJobsWorld world)
    {
        var started = IncidentLifecycle.Start(Channel, "inc-2026-03-checkout", false, Now.AddHours(-14), IncidentOrigin.ChannelName);
        var incident = IncidentLifecycle.HumanMessage(started, Now.AddHours(-13));
        world.Incidents.Save(incident);
        return incident;
    }

    private static Incident SaveResolved(FeatureJobsWorld world, string channel, DateTimeOffset resolvedAt)
    {
        var incident = IncidentLifecycle.Resolve(IncidentLifecycle.Start(channel, "inc-" + channel, false, resolvedAt.AddHours(-3), IncidentOrigin.ChannelName), resolvedAt, ResolutionSource.Command, Alice);
        world.Incidents.Save(incident);
        return incident;
    }

    private static Moment SaveMoment(FeatureJobsWorld world, Incident incident, string ts)
    {
        world.AddPerson(Alice);
        var moment = new Moment
        {
            Id = Moment.IdFor(incident.ChannelId, ts),
            IncidentId = incident.Id,
            ChannelId = incident.ChannelId,
            Ts = ts,
            UserId = Alice,
            Text = "I keep a query in a gist for exactly this, running it against the replicas now",
            Cue = "I keep a query in a gist for exactly this",
            Category = MomentCategory.ScriptsAndTools,
            Confidence = 0.9,
            At = incident.StartedAt.AddMinutes(30),
        };
        world.Moments.Save(moment);
        return moment;
    }

    private static AskedQuestion Question(Moment moment, QuestionStatus status, DateTimeOffset releaseAt) => new()
    {
        Id = AskedQuestion.IdFor(moment.Id),
        MomentId = moment.Id,
        IncidentId = moment.IncidentId,
        ChannelId = moment.ChannelId,
        MomentTs = moment.Ts,
        ThreadRootTs = moment.Ts,
        UserId = moment.UserId,
        TemplateId = "scripts-1",
        Category = moment.Category,
        Text = "What does the query in your gist look at, <@U0ALICE>?",
        Delivery = QuestionDelivery.Thread,
        Status = status,
        CreatedAt = releaseAt.AddHours(-1),
        ReleaseAt = releaseAt,
    };

    /// <summary>
    /// Resolved, planned, reviewed and imported incidents of the past, every one poisoned; returns their ids. The store
    /// exists first, as it does when history accumulates under a running bot.
    /// </summary>
    private static List<string> PoisonHistory(FeatureJobsWorld world, int count)
    {
        _ = world.Incidents;
        var documents = world.Database.Lite.GetCollection("incidents");
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var at = Now.AddDays(-3 - i);
            var incident = IncidentLifecycle.Resolve(
                IncidentLifecycle.Start($"C0OLD{i}", $"inc-old-{i}", false, at.AddHours(-4), i % 4 == 3 ? IncidentOrigin.Import : IncidentOrigin.ChannelName), at, ResolutionSource.Command, Alice);
            incident = i % 4 == 2 ? IncidentLifecycle.MarkReviewed(incident, at.AddDays(1)) : IncidentLifecycle.QuestionsPlanned(incident, at.AddHours(1));
            var document = world.Database.Lite.Mapper.ToDocument(incident);
            document[nameof(Incident.ResolvedVia)] = "Poisoned";
            documents.Insert(document);
            ids.Add(incident.Id);
        }

        return ids;
    }

    private static void InsertWithout<T>(FeatureJobsWorld world, string collection, T entity, string field)
    {
        var document = world.Database.Lite.Mapper.ToDocument(entity);
        document.Remove(field);
        world.Database.Lite.GetCollection(collection).Insert(document);
    }
}
