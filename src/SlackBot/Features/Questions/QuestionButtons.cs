using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Interactions;
using SlackBot.Slack.Outbound;
using SlackBot.Slack.Text;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// The three buttons under a question. <em>Answer</em> opens a modal (anyone may answer); <em>Not now</em> snoozes the
/// question to the person's next working day; <em>Not relevant</em> retires it and counts against its phrasing.
/// Only the person asked may snooze or dismiss; others are told so, privately.
/// </summary>
public sealed partial class QuestionButtons(
    IQuestionStore questions,
    IMomentStore moments,
    UserDirectory people,
    QuestionTiming timing,
    IUnitOfWork unitOfWork,
    IOutbox outbox,
    ISlackApi slack,
    TimeProvider time,
    ILogger<QuestionButtons> logger) : IBlockActionListener
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, DeliveryContext context, CancellationToken cancellationToken)
    {
        if (action.Value is not { } questionId || await questions.FindAsync(questionId, cancellationToken) is not { } stored) return;
        var user = payload.User.Id;
        // The message the button sits on is the authoritative place of the question in Slack.
        var question = stored with
        {
            PostedTs = payload.Container?.MessageTs ?? stored.PostedTs,
            PostedChannel = payload.Container?.ChannelId ?? payload.Channel?.Id ?? stored.PostedChannel,
        };

        switch (action.ActionId)
        {
            case QuestionMessages.AnswerAction when payload.TriggerId is { } trigger:
                await OpenAnswerModalAsync(payload, user, question, trigger, cancellationToken);
                break;

            case QuestionMessages.SnoozeAction or QuestionMessages.DismissAction when user != question.Owner:
                Tell(payload, user, question.UserId.Length > 0
                    ? $"This question is for {Mrkdwn.Mention(question.UserId)}, so only they can snooze or dismiss it. You are welcome to answer it, though."
                    : $"{Mrkdwn.Mention(question.Owner ?? "")} asked this question, so only they can snooze or dismiss it. You are welcome to answer it, though.");
                break;

            case QuestionMessages.SnoozeAction or QuestionMessages.DismissAction when !question.IsOpen:
                Tell(payload, user, "This question is already closed.");
                break;

            case QuestionMessages.SnoozeAction:
                var until = timing.SnoozeUntil((await people.GetAsync(user, cancellationToken)).Clock);
                await unitOfWork.CommitAsync(transaction =>
                {
                    transaction.Save(question with { Status = QuestionStatus.Snoozed, ReleaseAt = until });
                    Update(transaction, question, QuestionMessages.Snoozed(question, until), "snoozed" + question.Posts);
                }, cancellationToken);
                break;

            case QuestionMessages.DismissAction:
                await unitOfWork.CommitAsync(transaction =>
                {
                    transaction.Save(question with { Status = QuestionStatus.Dismissed });
                    // Feedback retires the bank's phrasings; a facilitator's own words are not one of them.
                    if (question.AskedBy is null)
                    {
                        transaction.Save(new QuestionFeedback
                        {
                            Id = question.Id, QuestionId = question.Id, TemplateId = question.TemplateId,
                            Category = question.Category, UserId = user, At = time.GetUtcNow(),
                        });
                    }
                    Update(transaction, question, QuestionMessages.Dismissed(question), "dismissed");
                }, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// A trigger lives 3 seconds, so a click that reached the bot late (or a Slack hiccup) cannot open the modal:
    /// the person is told privately, with the question again and the other ways to answer.
    /// </summary>
    private async Task OpenAnswerModalAsync(BlockActionsPayload payload, string user, AskedQuestion question, string trigger, CancellationToken cancellationToken)
    {
        string error;
        try
        {
            var moment = await moments.FindAsync(question.MomentId, cancellationToken);
            await slack.OpenViewAsync(trigger, QuestionMessages.AnswerModal(question, moment?.Text, question.PostedChannel), cancellationToken);
            return;
        }
        catch (SlackApiException exception)
        {
            error = exception.Error;
        }
        catch (SlackTransportException)
        {
            error = "transport";
        }

        LogModalNotOpened(question.Id, error);
        Tell(payload, user, QuestionMessages.AnswerModalUnavailable(question, expired: error is "expired_trigger_id" or "exchanged_trigger_id" or "invalid_trigger_id"));
    }

    private static void Update(IStorageTransaction transaction, AskedQuestion question, UpdateMessageRequest update, string step)
    {
        if (string.IsNullOrEmpty(update.Ts)) return;
        transaction.Enqueue(new OutboxMessage
        {
            Id = $"{question.Id}:{step}",
            Kind = OutboxKind.UpdateMessage,
            Channel = update.Channel,
            Correlation = question.Correlation,
            Payload = JsonSerializer.Serialize(update, SlackJson.Options),
        });
    }

    /// <summary>A private note to the person who pressed a button, in the same thread.</summary>
    private void Tell(BlockActionsPayload payload, string user, string text)
    {
        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        if (channel is null) return;
        outbox.Enqueue(new OutboxMessage
        {
            Id = $"note:{payload.TriggerId ?? Guid.NewGuid().ToString("N")}",
            Kind = OutboxKind.PostEphemeral,
            Channel = channel,
            Payload = JsonSerializer.Serialize(new PostEphemeralRequest
            {
                Channel = channel,
                User = user,
                Text = text,
                ThreadTs = payload.Container?.ThreadTs ?? payload.Message?.ThreadTs,
            }, SlackJson.Options),
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the answer modal for {QuestionId} ({Error}); told the person how else to answer")]
    private partial void LogModalNotOpened(string questionId, string error);
}
