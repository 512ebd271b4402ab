using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn ask</c>: a facilitator's question, held to the language check, posted with the usual buttons, and
/// answered like the bot's own questions (a thread reply or the modal becomes a finding).
/// </summary>
public class AskSubcommandTests
{
    private const string BobMention = "<@U0BOB|bob>";

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
    }

    [TestCase("why did you restart the database", "why-question", "What made it seem right to restart the database at the time?")]
    [TestCase("what should have alerted us sooner", "counterfactual", "What was in the way at the time, and what helped?")]
    [TestCase("what was the root cause of the outage", "root-cause", "What conditions came together to make the outage possible?")]
    public async Task A_blaming_question_is_refused_with_the_rule_and_a_rewording_and_nothing_is_posted(string question, string rule, string suggestion)
    {
        _bed = await LearningBed.StartAsync();
        var incident = await _bed.StartIncidentAsync();

        var reply = await _bed.LearnAsync($"ask {BobMention} {question}", LearningBed.Alice, LearningBed.IncidentChannel);
        await _bed.WaitForSchedulerPassAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(Text(reply), Does.Contain(rule).And.Contain(suggestion).And.Contain("Nothing was posted"));
            Assert.That(LanguageCheck.CheckQuestion(suggestion), Is.Empty, "the suggestion would pass");
            Assert.That(_bed.Questions.ForIncident(incident.Id), Is.Empty, "no question recorded");
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Is.Empty, "nothing posted");
        });
    }

    [Test]
    public async Task A_question_for_a_person_starts_its_own_thread_and_their_reply_becomes_a_finding()
    {
        _bed = await LearningBed.StartAsync();
        var incident = await _bed.StartIncidentAsync();

        var reply = await _bed.LearnAsync($"ask {BobMention} What did the dashboard show when you first looked?", LearningBed.Alice, LearningBed.IncidentChannel);
        var question = await PostedAsync(incident.Id);

        var post = _bed.Slack.Messages(LearningBed.IncidentChannel).Single(message => message.Ts == question.PostedTs);
        Assert.Multiple(() =>
        {
            Assert.That(Text(reply), Does.Contain("Asked <@U0BOB>").And.Contain($"<#{LearningBed.IncidentChannel}>"));
            Assert.That(question.Id, Does.StartWith("q:ask:cmd:"));
            Assert.That(question.UserId, Is.EqualTo(LearningBed.Bob));
            Assert.That(question.AskedBy, Is.EqualTo(LearningBed.Alice));
            Assert.That(question.MomentId, Is.Empty, "about no moment");
            Assert.That(post.BotId, Is.EqualTo(_bed.Slack.BotId));
            Assert.That(post.ThreadTs, Is.Null, "a thread of its own");
            Assert.That(post.Text, Does.StartWith("<@U0BOB> What did the dashboard show"));
            Assert.That(post.Blocks!.ToJsonString(), Does.Contain(QuestionMessages.AnswerAction).And.Contain(QuestionMessages.SnoozeAction).And.Contain(QuestionMessages.DismissAction));
            Assert.That(BlockText.Of(post.Blocks), Does.Contain("A question from <@U0ALICE>"));
        });

        var answerTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, "p99 at four seconds, only in EU", threadTs: question.PostedTs);
        await Poll.UntilAsync(() => _bed.Findings.Find(Finding.IdForMessage(LearningBed.IncidentChannel, answerTs)) is not null, LearningBed.Generous, "the reply to become a finding");
        await Poll.UntilAsync(() => _bed.Questions.Find(question.Id)!.Status == QuestionStatus.Answered, LearningBed.Generous, "the question to be answered");

        var finding = _bed.Findings.Find(Finding.IdForMessage(LearningBed.IncidentChannel, answerTs))!;
        Assert.Multiple(() =>
        {
            Assert.That(finding.Source, Is.EqualTo(FindingSource.ThreadReply));
            Assert.That(finding.QuestionId, Is.EqualTo(question.Id));
            Assert.That(finding.IncidentId, Is.EqualTo(incident.Id));
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Bob));
            Assert.That(finding.MomentId, Is.Null);
            Assert.That(finding.Category, Is.Null, "a facilitator's question says nothing about the category");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_question_for_nobody_in_particular_is_posted_in_the_channel_and_open_to_anyone()
    {
        _bed = await LearningBed.StartAsync();
        var incident = await _bed.StartIncidentAsync();

        var reply = await _bed.LearnAsync("ask What did you each see first when checkout slowed down?", LearningBed.Alice, LearningBed.IncidentChannel);
        var question = await PostedAsync(incident.Id);

        var post = _bed.Slack.Messages(LearningBed.IncidentChannel).Single(message => message.Ts == question.PostedTs);
        Assert.Multiple(() =>
        {
            Assert.That(Text(reply), Does.Contain("for anyone"));
            Assert.That(question.UserId, Is.Empty);
            Assert.That(post.Text, Is.EqualTo("What did you each see first when checkout slowed down?"));
            Assert.That(BlockText.Of(post.Blocks), Does.Contain("for anyone who was part of this incident"));
        });

        var answerTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Carol,
            "the checkout error rate graph went red before any alert fired", threadTs: question.PostedTs);
        await Poll.UntilAsync(() => _bed.Findings.Find(Finding.IdForMessage(LearningBed.IncidentChannel, answerTs)) is not null, LearningBed.Generous, "the reply to become a finding");

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Findings.Find(Finding.IdForMessage(LearningBed.IncidentChannel, answerTs))!.QuestionId, Is.EqualTo(question.Id));
            Assert.That(_bed.Questions.Find(question.Id)!.Status, Is.EqualTo(QuestionStatus.Posted), "still open for others");
        });
    }

    [Test]
    public async Task Only_the_facilitator_who_asked_an_open_question_may_dismiss_it_and_that_retires_no_phrasing()
    {
        _bed = await LearningBed.StartAsync();
        var incident = await _bed.StartIncidentAsync();
        await _bed.LearnAsync("ask What did you each see first when checkout slowed down?", LearningBed.Alice, LearningBed.IncidentChannel);
        var question = await PostedAsync(incident.Id);

        using (await _bed.Sender.SendInteractionAsync(TopLevelButton(LearningBed.Carol, question, QuestionMessages.DismissAction))) { }
        var refusal = (await _bed.Slack.WaitForCallsAsync("chat.postEphemeral", 1)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Args["user"]!.GetValue<string>(), Is.EqualTo(LearningBed.Carol));
            Assert.That(refusal.Args["text"]!.GetValue<string>(), Does.Contain("<@U0ALICE> asked this question"));
            Assert.That(_bed.Questions.Find(question.Id)!.Status, Is.EqualTo(QuestionStatus.Posted), "Carol cannot close it");
        });

        using (await _bed.Sender.SendInteractionAsync(TopLevelButton(LearningBed.Alice, question, QuestionMessages.DismissAction))) { }
        await Poll.UntilAsync(() => _bed.Questions.Find(question.Id)!.Status == QuestionStatus.Dismissed, LearningBed.Generous, "the question to be dismissed");

        var store = _bed.Bot.Services.GetRequiredService<IQuestionStore>();
        Assert.That(await store.RetiredTemplatesAsync(1, CancellationToken.None), Is.Empty, "a facilitator's words are not a bank phrasing");
    }

    /// <summary>A press on a top-level message: Slack sends no thread_ts for it.</summary>
    private static JsonObject TopLevelButton(string user, AskedQuestion question, string actionId)
    {
        var payload = SlackInteractions.QuestionButton(user, question, actionId);
        payload["container"]!.AsObject().Remove("thread_ts");
        payload["message"]!.AsObject().Remove("thread_ts");
        return payload;
    }

    [Test]
    public async Task With_direct_message_delivery_the_person_is_asked_directly()
    {
        _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Questions:Delivery"] = "DirectMessage" });
        var incident = await _bed.StartIncidentAsync();

        var reply = await _bed.LearnAsync($"ask {BobMention} What did the dashboard show when you first looked?", LearningBed.Alice, LearningBed.IncidentChannel);
        var question = await PostedAsync(incident.Id);

        var call = _bed.Slack.Calls("chat.postMessage").Single();
        Assert.Multiple(() =>
        {
            Assert.That(Text(reply), Does.Contain("by direct message"));
            Assert.That(question.Delivery, Is.EqualTo(QuestionDelivery.DirectMessage));
            Assert.That(call.Args["channel"]!.GetValue<string>(), Is.EqualTo(LearningBed.Bob));
            Assert.That(call.Args["text"]!.GetValue<string>(), Does.Not.Contain("<@U0BOB>"), "no need to mention them in their own messages");
        });
    }

    [Test]
    public async Task Outside_an_incident_nothing_is_asked()
    {
        _bed = await LearningBed.StartAsync();

        var reply = await _bed.LearnAsync($"ask {BobMention} What did the dashboard show?", LearningBed.Alice, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(Text(reply), Does.Contain("has no incident"));
            Assert.That(_bed.Questions.All(), Is.Empty);
        });
    }

    private async Task<AskedQuestion> PostedAsync(string incidentId)
    {
        await Poll.UntilAsync(() => _bed.Questions.ForIncident(incidentId) is [{ PostedTs: not null }], LearningBed.Generous, "the question to be posted");
        return _bed.Questions.ForIncident(incidentId).Single();
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
