using System.Globalization;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Questions;

/// <summary>What a question looks like in Slack: the post with its three buttons, the updates after a choice, and the answer modal.</summary>
public static class QuestionMessages
{
    public const string ActionPrefix = "question:";
    public const string AnswerAction = "question:answer";
    public const string SnoozeAction = "question:snooze";
    public const string DismissAction = "question:dismiss";
    public const string AnswerModalCallback = "question_answer";
    public const string AnswerBlock = "answer";
    public const string AnswerInput = "text";

    private const string OptionalNote = "Entirely optional: reply in this thread, use *Answer* to reply privately, or skip it. Answers are kept as findings for the team's review.";

    private const string FollowUpNote = "A follow-up, only if you're curious too: reply in this thread, use *Answer*, or skip it. If you skip it, nothing more is asked about this.";

    /// <summary>
    /// The post asking the question: a thread reply on the moment, or a direct message linking to it. A facilitator's
    /// question has no moment: it starts a thread of its own in the incident channel (or is a direct message) and
    /// says who asked.
    /// </summary>
    public static PostMessageRequest Post(AskedQuestion question, string? momentPermalink)
    {
        ArgumentNullException.ThrowIfNull(question);
        var blocks = new JsonArray();
        if (question.AskedBy is { } askedBy)
            blocks.Add(BlockKit.Context(question.Delivery == QuestionDelivery.DirectMessage
                ? $"A question from {Mrkdwn.Mention(askedBy)} about the incident in {Mrkdwn.Channel(question.ChannelId)}"
                : question.UserId.Length == 0
                    ? $"A question from {Mrkdwn.Mention(askedBy)} for anyone who was part of this incident"
                    : $"A question from {Mrkdwn.Mention(askedBy)}"));
        else if (question.Delivery == QuestionDelivery.DirectMessage)
            blocks.Add(BlockKit.Context(momentPermalink is null
                ? $"About something you wrote in {Mrkdwn.Channel(question.ChannelId)}"
                : $"About {Mrkdwn.Link(momentPermalink, "something you wrote")} in {Mrkdwn.Channel(question.ChannelId)}"));
        blocks.Add(BlockKit.Section(question.Text));
        var note = question.IsFollowUp ? FollowUpNote : OptionalNote;
        blocks.Add(BlockKit.Context(question.Delivery == QuestionDelivery.Thread ? note : note.Replace("in this thread", "here in a thread", StringComparison.Ordinal)));
        blocks.Add(BlockKit.Actions("question",
            BlockKit.Button("Answer", AnswerAction, question.Id, ButtonStyle.Primary),
            BlockKit.Button("Not now", SnoozeAction, question.Id),
            BlockKit.Button("Not relevant", DismissAction, question.Id)));

        return new PostMessageRequest
        {
            Channel = question.Delivery == QuestionDelivery.Thread ? question.ChannelId : question.UserId,
            // A question about no moment starts its own thread.
            ThreadTs = question.Delivery == QuestionDelivery.Thread && question.ThreadRootTs.Length > 0 ? question.ThreadRootTs : null,
            Text = question.Text,
            Blocks = blocks,
            UnfurlLinks = false,
            UnfurlMedia = false,
        };
    }

    /// <summary>The question after it was answered: the buttons make way for a thank-you.</summary>
    public static UpdateMessageRequest Answered(AskedQuestion question, string answeredBy) =>
        Closed(question, $":white_check_mark: Answered by {Mrkdwn.Mention(answeredBy)}. Thank you, this helps the whole team learn.");

    /// <summary>The question after its person declined in words: respected, and remembered for the review.</summary>
    public static UpdateMessageRequest Declined(AskedQuestion question, ReplyReading reading) =>
        Closed(question, reading.Reason == DeclineReason.AtTheReview
            ? ":speech_balloon: No problem, I've noted that you'd rather talk about this at the review."
            : reading.People.Count > 0
                ? $":ok_hand: No problem, thanks. I've noted that {string.Join(" or ", reading.People.Select(Mrkdwn.Mention))} may know more, for the review."
                : ":ok_hand: No problem, thanks for letting me know. I won't ask about this one again.");

    /// <summary>The question after its person pointed elsewhere: the pointer is kept for the review; nobody is pinged.</summary>
    public static UpdateMessageRequest Redirected(AskedQuestion question, ReplyReading reading) =>
        Closed(question, reading.People.Count > 0
            ? $":ok_hand: Thanks! I've noted that {string.Join(" or ", reading.People.Select(Mrkdwn.Mention))} may know more; the review pack will suggest asking them."
            : ":ok_hand: Thanks for the pointer! I've noted it for the review.");

    /// <summary>The question after "Not now": it will come back in the person's next working day.</summary>
    public static UpdateMessageRequest Snoozed(AskedQuestion question, DateTimeOffset until) =>
        Closed(question, $":zzz: No problem, I'll ask again {When(until)} (your time).");

    /// <summary>The question after "Not relevant".</summary>
    public static UpdateMessageRequest Dismissed(AskedQuestion question) =>
        Closed(question, "Okay, I won't ask about this one. Thanks for letting me know; it helps me ask better questions.");

    /// <param name="openedIn">The channel whose button opened it: the submission is processed in that channel's order.</param>
    public static JsonObject AnswerModal(AskedQuestion question, string? momentText, string? openedIn) =>
        BlockKit.Modal(AnswerModalCallback, "Your answer",
            BlockKit.List(
                BlockKit.Section(question.Text),
                BlockKit.Context(momentText is null ? "Your answer is stored as a finding for the team's learning review." : "What you wrote: " + Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(momentText), 500))),
                BlockKit.Input(AnswerBlock, "In your own words", BlockKit.PlainTextInput(AnswerInput, multiline: true, placeholder: "What happened, what you knew, what helped…", maxLength: 3000))),
            submit: "Save", close: "Cancel", privateMetadata: new ViewMetadata(openedIn, question.Id).Serialize());

    /// <summary>The private note when the answer modal could not open: the question again, and the other ways to answer.</summary>
    public static string AnswerModalUnavailable(AskedQuestion question, bool expired) =>
        (expired
            ? "Sorry, that *Answer* button reached me too late for Slack to open the answer form."
            : "Sorry, I could not open the answer form just now.") +
        // The question is the bot's own mrkdwn (mentions, quoted cue), so it is block-quoted as it is, not escaped.
        $" Here is the question again:\n{string.Join('\n', question.Text.Split('\n').Select(line => "> " + line))}\n" +
        "Press *Answer* once more, or simply reply in the question's thread.";

    private static UpdateMessageRequest Closed(AskedQuestion question, string outcome) => new()
    {
        Channel = question.PostedChannel ?? question.ChannelId,
        Ts = question.PostedTs ?? "",
        Text = question.Text + "\n" + outcome,
        Blocks = BlockKit.List(BlockKit.Section(question.Text), BlockKit.Context(outcome)),
    };

    /// <summary>"on Monday at 09:00" (or "tomorrow at 09:00") in the person's own offset.</summary>
    public static string When(DateTimeOffset at) =>
        "on " + at.ToString("dddd 'at' HH:mm", CultureInfo.InvariantCulture);
}
