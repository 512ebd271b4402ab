using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Questions".</summary>
public abstract class QuestionStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IQuestionStore Questions => Get<IQuestionStore>();

    [Test]
    public async Task A_saved_question_reads_back_field_for_field()
    {
        var question = Documents.Question("C1:1.1", "C1:1", T0, QuestionStatus.Posted) with
        {
            Posts = 2, PostedAt = T0.AddHours(1), PostedChannel = "D0ALICE", PostedTs = "1793890000.000100", AnsweredAt = T0.AddHours(2),
        };

        await Questions.SaveAsync(question, None);

        Assert.That(Json(await Questions.FindAsync(question.Id, None)), Is.EqualTo(Json(question)));
    }

    [Test]
    public async Task One_question_per_moment_saving_it_again_replaces_it()
    {
        var question = Documents.Question("C1:1.1", "C1:1", T0);
        await Questions.SaveAsync(question, None);

        await Questions.SaveAsync(question with { Status = QuestionStatus.Snoozed, ReleaseAt = T0.AddDays(1) }, None);

        var all = await Questions.AllAsync(None);
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(1));
            Assert.That(all[0].Status, Is.EqualTo(QuestionStatus.Snoozed));
            Assert.That(all[0].ReleaseAt, Is.EqualTo(T0.AddDays(1)));
        });
    }

    [Test]
    public async Task Questions_are_listed_oldest_first_by_incident_and_all()
    {
        await Questions.SaveAsync(Documents.Question("C1:3", "C1:1", T0.AddMinutes(3)), None);
        await Questions.SaveAsync(Documents.Question("C1:1", "C1:1", T0.AddMinutes(1)), None);
        await Questions.SaveAsync(Documents.Question("C2:2", "C2:1", T0.AddMinutes(2)), None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Questions.ForIncidentAsync("C1:1", None)).Select(question => question.MomentId), Is.EqualTo(new[] { "C1:1", "C1:3" }));
            Assert.That((await Questions.AllAsync(None)).Select(question => question.MomentId), Is.EqualTo(new[] { "C1:1", "C2:2", "C1:3" }));
        });
    }

    [Test]
    public async Task A_persons_questions_are_listed_oldest_first()
    {
        await Questions.SaveAsync(Documents.Question("C1:3", "C1:1", T0.AddMinutes(3)), None);
        await Questions.SaveAsync(Documents.Question("C1:1", "C1:1", T0.AddMinutes(1)), None);
        await Questions.SaveAsync(Documents.Question("C2:2", "C2:1", T0.AddMinutes(2)) with { UserId = "U0BOB" }, None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Questions.ForUserAsync("U0ALICE", None)).Select(question => question.MomentId), Is.EqualTo(new[] { "C1:1", "C1:3" }));
            Assert.That((await Questions.ForUserAsync("U0BOB", None)).Select(question => question.MomentId), Is.EqualTo(new[] { "C2:2" }));
            Assert.That(await Questions.ForUserAsync("U0NOBODY", None), Is.Empty);
        });
    }

    [Test]
    public async Task Due_questions_are_the_scheduled_and_snoozed_ones_whose_time_has_come_earliest_first()
    {
        var now = T0.AddHours(5);
        async Task Save(string moment, QuestionStatus status, DateTimeOffset releaseAt) =>
            await Questions.SaveAsync(Documents.Question(moment, "C1:1", T0, status) with { ReleaseAt = releaseAt }, None);
        await Save("scheduled-a-minute-ago", QuestionStatus.Scheduled, now.AddMinutes(-1));
        await Save("snoozed-two-minutes-ago", QuestionStatus.Snoozed, now.AddMinutes(-2));
        await Save("scheduled-for-now", QuestionStatus.Scheduled, now);
        await Save("scheduled-a-millisecond-later", QuestionStatus.Scheduled, now.AddMilliseconds(1));
        await Save("posted", QuestionStatus.Posted, now.AddHours(-1));
        await Save("answered", QuestionStatus.Answered, now.AddHours(-1));
        await Save("dismissed", QuestionStatus.Dismissed, now.AddHours(-1));
        await Save("cancelled", QuestionStatus.Cancelled, now.AddHours(-1));

        var due = await Questions.DueAsync(now, None);

        Assert.That(due.Select(question => question.MomentId), Is.EqualTo(new[] { "snoozed-two-minutes-ago", "scheduled-a-minute-ago", "scheduled-for-now" }));
    }

    [Test]
    public async Task A_thread_reply_finds_the_questions_posted_in_that_thread_earliest_post_first()
    {
        const string root = "1793886101.634084";
        await Questions.SaveAsync(Posted("later", "C1", root, "1793890002.000100", T0.AddMinutes(2)), None);
        await Questions.SaveAsync(Posted("earlier", "C1", root, "1793890001.000100", T0.AddMinutes(1)), None);
        await Questions.SaveAsync(Documents.Question("not-posted-yet", "C1:1", T0) with { ChannelId = "C1", ThreadRootTs = root }, None);
        await Questions.SaveAsync(Posted("other-channel", "C2", root, "1793890003.000100", T0.AddMinutes(3)), None);
        await Questions.SaveAsync(Posted("by-dm", "C1", root, "1793890004.000100", T0.AddMinutes(4)) with
        {
            Delivery = QuestionDelivery.DirectMessage, PostedChannel = "D0ALICE",
        }, None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Questions.AskedInThreadAsync("C1", root, None)).Select(question => question.MomentId), Is.EqualTo(new[] { "earlier", "later" }));
            Assert.That((await Questions.AskedInThreadAsync("C1", "1793890002.000100", None)).Select(question => question.MomentId), Is.EqualTo(new[] { "later" }),
                "a thread started on the question message itself");
            Assert.That((await Questions.AskedInThreadAsync("D0ALICE", "1793890004.000100", None)).Select(question => question.MomentId), Is.EqualTo(new[] { "by-dm" }),
                "a reply to a question sent by direct message");
            Assert.That(await Questions.AskedInThreadAsync("C1", "1793886999.000000", None), Is.Empty);
        });
    }

    [Test]
    public async Task An_incident_is_planned_once_its_plan_is_saved()
    {
        var before = await Questions.PlanForAsync("C1:1", None) is not null;

        await Questions.SavePlanAsync(new QuestionPlan { Id = "C1:1", PlannedAt = T0, Questions = 4 }, None);
        await Questions.SavePlanAsync(new QuestionPlan { Id = "C1:1", PlannedAt = T0.AddHours(1), Questions = 5 }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.False);
            Assert.That(await Questions.PlanForAsync("C1:1", None) is not null, Is.True);
            Assert.That(await Questions.PlanForAsync("C2:1", None) is not null, Is.False);
        });
    }

    [Test]
    public async Task A_phrasing_is_retired_after_enough_distinct_not_relevant_marks()
    {
        await Questions.SaveFeedbackAsync(Feedback("q:1", "template-a"), None);
        await Questions.SaveFeedbackAsync(Feedback("q:1", "template-a"), None);
        await Questions.SaveFeedbackAsync(Feedback("q:2", "template-a"), None);
        await Questions.SaveFeedbackAsync(Feedback("q:3", "template-b"), None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Questions.RetiredTemplatesAsync(1, None), Is.EquivalentTo(new[] { "template-a", "template-b" }));
            Assert.That(await Questions.RetiredTemplatesAsync(2, None), Is.EquivalentTo(new[] { "template-a" }));
            Assert.That(await Questions.RetiredTemplatesAsync(3, None), Is.Empty, "the same feedback saved twice counts once");
        });
    }

    [Test]
    public async Task Questions_plans_and_feedback_survive_a_restart()
    {
        var question = Documents.Question("C1:1.1", "C1:1", T0);
        await Questions.SaveAsync(question, None);
        await Questions.SavePlanAsync(new QuestionPlan { Id = "C1:1", PlannedAt = T0, Questions = 1 }, None);
        await Questions.SaveFeedbackAsync(Feedback("q:9", "template-a"), None);

        await RestartAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Questions.FindAsync(question.Id, None)), Is.EqualTo(Json(question)));
            Assert.That(await Questions.PlanForAsync("C1:1", None) is not null, Is.True);
            Assert.That(await Questions.RetiredTemplatesAsync(1, None), Is.EquivalentTo(new[] { "template-a" }));
        });
    }

    private static AskedQuestion Posted(string momentId, string channelId, string rootTs, string postedTs, DateTimeOffset postedAt) =>
        Documents.Question(momentId, "C1:1", T0, QuestionStatus.Posted) with
        {
            ChannelId = channelId, ThreadRootTs = rootTs, Posts = 1, PostedAt = postedAt, PostedChannel = channelId, PostedTs = postedTs,
        };

    [Test]
    public async Task A_follow_up_and_the_replies_that_were_not_answers_round_trip()
    {
        var parent = Documents.Question("C0INC1:1793886101.634084", "C1:1", T0, QuestionStatus.Declined) with
        {
            Replies =
            [
                new QuestionReply("msg:C0INC1:1793886200.000100", "U0ALICE", ReplyKind.Decline, DeclineReason.DoesNotKnow, "ask <@U0BOB>", ["U0BOB"], T0.AddMinutes(5)),
                new QuestionReply("msg:C0INC1:1793886300.000100", "U0CAROL", ReplyKind.Redirect, null, "it's in the runbook wiki", [], T0.AddMinutes(6)),
            ],
        };
        var followUp = Documents.Question("C0INC1:1793886101.634084", "C1:1", T0.AddMinutes(1)) with
        {
            Id = AskedQuestion.IdForFollowUp(parent.Id),
            ParentQuestionId = parent.Id,
            ParentFindingId = "msg:C0INC1:1793886150.000100",
            FollowUpDepth = 1,
        };

        await Questions.SaveAsync(parent, None);
        await Questions.SaveAsync(followUp, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Questions.FindAsync(parent.Id, None)), Is.EqualTo(Json(parent)));
            Assert.That(Json(await Questions.FindAsync(followUp.Id, None)), Is.EqualTo(Json(followUp)));
            Assert.That((await Questions.ForIncidentAsync("C1:1", None)).Select(question => question.Id), Is.EqualTo(new[] { parent.Id, followUp.Id }));
        });
    }

    [Test]
    public async Task A_facilitators_question_about_no_moment_round_trips_and_is_found_by_its_own_thread()
    {
        var asked = Documents.Question("unused", "C1:1", T0, QuestionStatus.Posted) with
        {
            Id = AskedQuestion.IdForAsk("cmd:1.2"), MomentId = "", MomentTs = "", ThreadRootTs = "", UserId = "", AskedBy = "U0FRAN",
            ChannelId = "C1", PostedChannel = "C1", PostedTs = "1793890009.000100", PostedAt = T0, Posts = 1,
        };

        await Questions.SaveAsync(asked, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Questions.FindAsync(asked.Id, None)), Is.EqualTo(Json(asked)));
            Assert.That((await Questions.AskedInThreadAsync("C1", "1793890009.000100", None)).Select(question => question.Id), Is.EqualTo(new[] { asked.Id }));
            Assert.That(await Questions.AskedInThreadAsync("C1", "", None), Is.Empty, "an empty thread root is no thread");
        });
    }

    private static QuestionFeedback Feedback(string questionId, string templateId) => new()
    {
        Id = questionId, QuestionId = questionId, TemplateId = templateId, Category = MomentCategory.Surprises, UserId = "U0ALICE", At = T0,
    };
}
