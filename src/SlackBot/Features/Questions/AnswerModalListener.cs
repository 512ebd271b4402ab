using SlackBot.Features.Findings;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Interactions;

namespace SlackBot.Features.Questions;

/// <summary>The answer typed into a question's modal: empty answers get an inline error, others become findings.</summary>
public sealed class AnswerModalListener(IQuestionStore questions, QuestionAnswers answers) : IViewSubmissionListener
{
    public async Task<ViewSubmissionResult> HandleAsync(ViewSubmissionPayload payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (ViewMetadata.Parse(payload.View.PrivateMetadata).Value is not { Length: > 0 } questionId ||
            await questions.FindAsync(questionId, cancellationToken) is not { } question)
            return ViewSubmissionResult.Errors(new Dictionary<string, string> { [QuestionMessages.AnswerBlock] = "This question no longer exists." });

        var text = payload.View.InputValue(QuestionMessages.AnswerBlock, QuestionMessages.AnswerInput);
        if (string.IsNullOrWhiteSpace(text))
            return ViewSubmissionResult.Errors(new Dictionary<string, string> { [QuestionMessages.AnswerBlock] = "Write a few words, or close the window to skip." });

        await answers.RecordAsync(question, payload.User.Id, text, FindingSource.ModalAnswer,
            Finding.IdForModal(question.Id, payload.User.Id), channelId: null, messageTs: null, cancellationToken);
        return ViewSubmissionResult.Close;
    }
}
