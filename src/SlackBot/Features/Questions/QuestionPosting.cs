using System.Text.Json;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>
/// Posting a question: its new state and its outbox row, recorded in one unit of work, so that a crash can neither
/// lose the question nor post it twice (the row's id is the post's). The release job and <c>/learn ask</c> share it,
/// so replies, buttons and modal answers treat both kinds of question alike.
/// </summary>
public static class QuestionPosting
{
    /// <summary>Records the next post of <paramref name="question"/> on <paramref name="transaction"/>; returns the question as saved.</summary>
    public static AskedQuestion Record(IStorageTransaction transaction, AskedQuestion question, string? momentPermalink, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(question);
        var posted = question with { Status = QuestionStatus.Posted, Posts = question.Posts + 1, PostedAt = now };
        var request = QuestionMessages.Post(posted, momentPermalink);
        transaction.Save(posted);
        transaction.Enqueue(new OutboxMessage
        {
            Id = posted.OutboxIdForPost(posted.Posts),
            Kind = OutboxKind.PostMessage,
            Channel = request.Channel,
            Correlation = posted.Correlation,
            Payload = JsonSerializer.Serialize(request, SlackJson.Options),
        });
        return posted;
    }
}
