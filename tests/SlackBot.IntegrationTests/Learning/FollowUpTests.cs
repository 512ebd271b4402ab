using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Replies read as meant, through the real bot and the fake Slack: an answer that opens a new mystery gets one follow-up
/// in the same thread whose answer is a finding linked to the first; a decline is no finding and shows in prep; with
/// follow-ups off (for the channel, or for the bot) nothing more is asked.
/// </summary>
public class FollowUpTests
{
    private const string Mystery =
        "I'm not sure how it happened, but the orphaned sessions table had 2 million rows and the cleanup job was never scheduled on the new cluster.";

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    /// <summary>An incident with Bob's moment, resolved; returns Bob's posted question.</summary>
    private async Task<AskedQuestion> AskedAboutBobsMomentAsync()
    {
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, "weird, the sessions table is growing and nothing cleans it up, I ran a one-off delete by hand");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);
        return await _bed.WaitForPostedQuestionAsync(moment);
    }

    private List<FakeMessage> BotPostsIn(string threadTs) =>
        [.. _bed.Slack.Messages(LearningBed.IncidentChannel).Where(message => message.BotId == _bed.Slack.BotId && message.ThreadTs == threadTs)];

    [Test]
    public async Task An_answer_that_opens_a_mystery_gets_one_follow_up_in_its_thread_and_its_answer_is_a_linked_finding()
    {
        _bed = await LearningBed.StartAsync();
        var question = await AskedAboutBobsMomentAsync();

        var answerTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, Mystery, question.ThreadRootTs);
        var followUpId = AskedQuestion.IdForFollowUp(question.Id);
        await Poll.UntilAsync(() => _bed.Questions.Find(followUpId) is { PostedTs: not null }, LearningBed.Generous, "the follow-up to be posted");
        var followUp = _bed.Questions.Find(followUpId)!;
        var post = BotPostsIn(question.ThreadRootTs).Single(message => message.Ts == followUp.PostedTs);

        var secondTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob,
            "The cleanup ran from a cron entry on the old database host, which was switched off in the migration; nobody moved it across.", question.ThreadRootTs);
        await Poll.UntilAsync(() => _bed.Findings.All().Any(finding => finding.MessageTs == secondTs), LearningBed.Generous, "the follow-up's answer to become a finding");
        await _bed.DrainAsync();
        await _bed.WaitForSchedulerPassAsync();

        var first = _bed.Findings.All().Single(finding => finding.MessageTs == answerTs);
        var second = _bed.Findings.All().Single(finding => finding.MessageTs == secondTs);
        Assert.Multiple(() =>
        {
            Assert.That(post.Text, Does.StartWith($"<@{LearningBed.Bob}>").And.Contain("“I'm not sure how it happened”"), "quotes the answer");
            Assert.That(LanguageCheck.CheckQuestion(post.Text!, "“I'm not sure how it happened”"), Is.Empty, post.Text);
            Assert.That(post.Blocks!.ToJsonString(), Does.Contain(QuestionMessages.SnoozeAction).And.Contain("A follow-up, only if you"), "optional");
            Assert.That(followUp.ParentQuestionId, Is.EqualTo(question.Id));
            Assert.That(followUp.FollowUpDepth, Is.EqualTo(1));
            Assert.That(second.QuestionId, Is.EqualTo(followUpId));
            Assert.That(second.ParentFindingId, Is.EqualTo(first.Id), "linked to the answer it followed up on");
            Assert.That(second.MomentId, Is.EqualTo(question.MomentId));
            Assert.That(BotPostsIn(question.ThreadRootTs).Count(message => message.Text!.Contains("thank you. About", StringComparison.Ordinal) || message.Text!.Contains("thank you, that helps", StringComparison.Ordinal)),
                Is.EqualTo(1), "one follow-up: the answer to the follow-up opens nothing new");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_decline_is_no_finding_closes_the_question_gently_and_shows_in_prep()
    {
        _bed = await LearningBed.StartAsync();
        var question = await AskedAboutBobsMomentAsync();

        var declineTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob,
            "Thanks, but I'd rather talk this one through at the review on Tuesday than write it up here. Passing for now :slightly_smiling_face:", question.ThreadRootTs);
        await Poll.UntilAsync(() => _bed.Questions.Find(question.Id)!.Status == QuestionStatus.Declined, LearningBed.Generous, "the question to be closed as declined");
        await _bed.DrainAsync();

        using var command = await _bed.Sender.SendCommandAsync("/learn", "prep", LearningBed.Carol, LearningBed.IncidentChannel);
        await Poll.UntilAsync(() => _bed.Slack.ResponseUrlPosts.Any(post => post.ResponseUrlId == command.ResponseUrlId), LearningBed.Generous, "the pack");
        var pack = BlockText.Of(_bed.Slack.ResponseUrlPosts.Single(post => post.ResponseUrlId == command.ResponseUrlId).Body!["blocks"]!.AsArray());

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Findings.All().Where(finding => finding.MessageTs == declineTs), Is.Empty, "a decline is not a finding");
            Assert.That(_bed.Questions.Find(question.Id)!.Replies.Single().Reason, Is.EqualTo(DeclineReason.AtTheReview));
            Assert.That(_bed.Questions.Find(AskedQuestion.IdForFollowUp(question.Id)), Is.Null, "no follow-up on a decline");
            Assert.That(_bed.Slack.Calls("chat.update").Any(call => call.Args.ToJsonString().Contains("rather talk about this at the review", StringComparison.Ordinal)), Is.True,
                "the question's buttons make way for a gentle note");
            Assert.That(pack, Does.Contain("wants to talk about it at the review"));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task With_follow_ups_turned_off_an_answer_that_opens_a_mystery_gets_none(bool offForTheChannel)
    {
        _bed = await LearningBed.StartAsync(offForTheChannel ? null : new Dictionary<string, string?> { ["Questions:FollowUps"] = "false" });
        if (offForTheChannel)
        {
            var reply = await _bed.LearnAsync("settings follow-ups off", LearningBed.Carol, LearningBed.IncidentChannel);
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("*Follow-ups:* *off*"));
        }

        var question = await AskedAboutBobsMomentAsync();
        var answerTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, Mystery, question.ThreadRootTs);
        await Poll.UntilAsync(() => _bed.Findings.All().Any(finding => finding.MessageTs == answerTs), LearningBed.Generous, "the answer to become a finding");
        await _bed.WaitForSchedulerPassAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Questions.Find(AskedQuestion.IdForFollowUp(question.Id)), Is.Null);
            Assert.That(BotPostsIn(question.ThreadRootTs), Has.Count.EqualTo(1), "only the first question");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
