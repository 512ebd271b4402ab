using SlackBot.Features.Findings;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>Questions:Delivery=DirectMessage</c>: the question goes to the person in the app's DM, links to what they wrote,
/// and a reply in the DM thread is their answer.
/// </summary>
public class DirectMessageDeliveryTests
{
    private const string MomentWords = "I keep a query in a gist for exactly this, running it against the replicas now";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Questions:Delivery"] = "DirectMessage" });

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task The_question_goes_to_the_person_with_a_link_to_the_moment_and_a_reply_in_its_thread_is_the_answer()
    {
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, MomentWords);
        await _bed.LearnAsync("resolve", LearningBed.Bob, LearningBed.IncidentChannel);
        var question = await _bed.WaitForPostedQuestionAsync(moment);

        var directMessage = _bed.Slack.DirectMessageChannelFor(LearningBed.Alice);
        var postCall = _bed.Slack.Calls("chat.postMessage").Single();
        var post = _bed.Message(directMessage, question.PostedTs!);
        var momentLink = _bed.Slack.Calls("chat.getPermalink")
            .Single(call => call.Args["message_ts"]?.GetValue<string>() == moment.Ts)
            .Response!["permalink"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(postCall.Args["channel"]!.GetValue<string>(), Is.EqualTo(LearningBed.Alice), "addressed to the person");
            Assert.That(postCall.Args["thread_ts"], Is.Null, "a message of its own, not a thread reply");
            Assert.That(directMessage, Does.StartWith("D"));
            Assert.That(question.Delivery, Is.EqualTo(QuestionDelivery.DirectMessage));
            Assert.That(question.PostedChannel, Is.EqualTo(directMessage), "the bot remembers the DM Slack put it in");
            Assert.That(post.BotId, Is.EqualTo(_bed.Slack.BotId));
            Assert.That(post.Text, Is.EqualTo(question.Text));
            Assert.That(BlockText.Of(post.Blocks), Does.Contain($"<{momentLink}|"), "links to the moment");
            Assert.That(_bed.Slack.Messages(LearningBed.IncidentChannel).Where(message => message.BotId is not null), Is.Empty, "nothing in the incident channel");
        });

        const string Answer = "I wrote that query during last spring's outage; it compares replica positions and I share it whenever lag alerts fire.";
        var answerTs = await _bed.Sender.PostUserMessageAsync(directMessage, LearningBed.Alice, Answer, threadTs: question.PostedTs);
        var findingId = Finding.IdForMessage(directMessage, answerTs);
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the DM reply to become a finding");
        await Poll.UntilAsync(() => _bed.Questions.Find(question.Id)!.Status == QuestionStatus.Answered, LearningBed.Generous, "the question to be answered");

        var finding = _bed.Findings.Find(findingId)!;
        Assert.Multiple(() =>
        {
            Assert.That(finding.Text, Is.EqualTo(Answer));
            Assert.That(finding.Source, Is.EqualTo(FindingSource.ThreadReply));
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(finding.QuestionId, Is.EqualTo(question.Id));
            Assert.That(finding.MomentId, Is.EqualTo(moment.Id));
            Assert.That(finding.IncidentId, Is.EqualTo(moment.IncidentId));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
