using System.Net;
using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Questions;
using SlackBot.Slack.Blocks;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// The <em>Answer</em> button under a question: it opens a modal tied to the question; an empty answer is refused next
/// to the input; a written one closes the modal, becomes a finding, and the question is marked answered in Slack.
/// </summary>
public class AnswerModalTests
{
    private LearningBed _bed = null!;
    private AskedQuestion _question = null!;

    [SetUp]
    public async Task SetUp()
    {
        _bed = await LearningBed.StartAsync();
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        await _bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.IncidentChannel);
        _question = await _bed.WaitForPostedQuestionAsync(moment);
    }

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task The_answer_button_opens_a_modal_for_that_question()
    {
        var modal = await PressAnswerAsync();

        var call = _bed.Slack.Calls("views.open").Single();
        Assert.Multiple(() =>
        {
            Assert.That(call.Response?["ok"]?.GetValue<bool>(), Is.True, call.ToString());
            Assert.That(modal.Type, Is.EqualTo("modal"));
            Assert.That(modal.UserId, Is.EqualTo(LearningBed.Alice), "opened with the trigger of Alice's button press");
            Assert.That(modal.View["callback_id"]!.GetValue<string>(), Is.EqualTo("question_answer"));
            Assert.That(ViewMetadata.Parse(modal.View["private_metadata"]!.GetValue<string>()), Is.EqualTo(new ViewMetadata(LearningBed.IncidentChannel, _question.Id)),
                "the question, and the channel whose order its answer joins");
            Assert.That(modal.View["blocks"]!.AsArray().Select(block => block!["type"]!.GetValue<string>()), Does.Contain("input"), "somewhere to write the answer");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [TestCase(null)]
    [TestCase("   ")]
    public async Task An_empty_answer_is_refused_next_to_the_input_and_nothing_is_stored(string? answer)
    {
        var modal = await PressAnswerAsync();

        using var response = await _bed.Sender.SendInteractionAsync(SlackInteractions.AnswerSubmission(LearningBed.Alice, modal, answer));
        var body = await response.Content.ReadAsStringAsync();
        await _bed.DrainAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var reply = JsonNode.Parse(body)!.AsObject();
        var inputBlock = modal.View["blocks"]!.AsArray().OfType<JsonObject>().Single(block => block["type"]!.GetValue<string>() == "input");
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_action"]!.GetValue<string>(), Is.EqualTo("errors"));
            Assert.That(reply["errors"]![inputBlock["block_id"]!.GetValue<string>()]!.GetValue<string>(), Is.Not.Empty, "the error sits next to the input");
            Assert.That(_bed.Findings.All(), Is.Empty);
            Assert.That(_bed.Questions.Find(_question.Id)!.Status, Is.EqualTo(QuestionStatus.Posted), "still open");
            Assert.That(_bed.Slack.Calls("chat.update"), Is.Empty);
        });
    }

    [Test]
    public async Task A_written_answer_closes_the_modal_becomes_a_finding_and_marks_the_question_answered()
    {
        const string Answer = "I wrote that query during last spring's outage; it compares replica positions, and I share it whenever lag alerts fire.";
        var modal = await PressAnswerAsync();

        using var response = await _bed.Sender.SendInteractionAsync(SlackInteractions.AnswerSubmission(LearningBed.Alice, modal, Answer));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.Empty, "an empty 200 closes the modal");
        });

        var findingId = Finding.IdForModal(_question.Id, LearningBed.Alice);
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the answer to become a finding");
        var updates = await _bed.Slack.WaitForCallsAsync("chat.update", 1, LearningBed.Generous);

        var finding = _bed.Findings.Find(findingId)!;
        var update = updates.Single();
        var questionPost = _bed.Message(LearningBed.IncidentChannel, _question.PostedTs!);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Text, Is.EqualTo(Answer));
            Assert.That(finding.Source, Is.EqualTo(FindingSource.ModalAnswer));
            Assert.That(finding.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(finding.QuestionId, Is.EqualTo(_question.Id));
            Assert.That(finding.MomentId, Is.EqualTo(_question.MomentId));
            Assert.That(finding.IncidentId, Is.EqualTo(_question.IncidentId));
            Assert.That(_bed.Questions.Find(_question.Id)!.Status, Is.EqualTo(QuestionStatus.Answered));

            Assert.That(update.Args["channel"]!.GetValue<string>(), Is.EqualTo(LearningBed.IncidentChannel));
            Assert.That(update.Args["ts"]!.GetValue<string>(), Is.EqualTo(_question.PostedTs), "the question's own message is updated");
            Assert.That(questionPost.Text, Does.Contain($"Answered by <@{LearningBed.Alice}>"));
            Assert.That(questionPost.Blocks!.Select(block => block!["type"]!.GetValue<string>()), Has.No.Member("actions"), "the buttons make way");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Closing_the_modal_after_typing_is_not_an_answer()
    {
        var modal = await PressAnswerAsync();
        var closed = SlackInteractions.AnswerSubmission(LearningBed.Alice, modal, "half a thought I decided not to send");
        closed["type"] = "view_closed";
        closed["is_cleared"] = false;

        using var response = await _bed.Sender.SendInteractionAsync(closed);
        await _bed.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_bed.Findings.All(), Is.Empty, "typed-then-cancelled text is not a finding");
            Assert.That(_bed.Questions.Find(_question.Id)!.Status, Is.EqualTo(QuestionStatus.Posted), "still open");
            Assert.That(_bed.Slack.Calls("chat.update"), Is.Empty, "the question is not marked answered");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [TestCase("expired_trigger_id")]
    [TestCase("internal_error")]
    public async Task When_the_modal_cannot_open_the_person_is_told_privately_with_the_question_again(string error)
    {
        _bed.Slack.Faults.Error("views.open", error);

        using (var press = await _bed.Sender.SendInteractionAsync(SlackInteractions.QuestionButton(LearningBed.Alice, _question, "question:answer")))
        {
            Assert.That(press.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await _bed.Slack.WaitForAsync(slack => slack.EphemeralMessages.Any(message => message.User == LearningBed.Alice), LearningBed.Generous);
        var note = _bed.Slack.EphemeralMessages.Single(message => message.User == LearningBed.Alice);
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Slack.OpenedViews, Is.Empty);
            Assert.That(note.Channel, Is.EqualTo(LearningBed.IncidentChannel));
            Assert.That(note.ThreadTs, Is.EqualTo(_question.ThreadRootTs), "in the question's thread");
            Assert.That(note.Text, Does.Contain(_question.Text[..40]), "the question again");
            Assert.That(note.Text, Does.Contain("reply in the question's thread"));
            Assert.That(note.Text, error == "expired_trigger_id" ? Does.Contain("too late") : Does.Not.Contain("too late"));
            Assert.That(_bed.ListenerErrors(), Is.Empty, "the Web API error does not escape the listener");
            Assert.That(_bed.Questions.Find(_question.Id)!.Status, Is.EqualTo(QuestionStatus.Posted));
        });
    }

    /// <summary>Alice presses <em>Answer</em> under her question; returns the modal the bot opened.</summary>
    private async Task<FakeView> PressAnswerAsync()
    {
        using (var press = await _bed.Sender.SendInteractionAsync(SlackInteractions.QuestionButton(LearningBed.Alice, _question, "question:answer")))
        {
            Assert.That(press.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await _bed.Slack.WaitForCallsAsync("views.open", 1, LearningBed.Generous);
        return _bed.Slack.OpenedViews.Single();
    }
}
