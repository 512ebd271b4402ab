using System.Globalization;
using System.Text.Json.Nodes;
using SlackBot.Features.Questions;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn questions [#channel]</c>: the incident's questions by state (open, snoozed, answered, declined), each with
/// whom it was asked, a short quote and a link to it in Slack, only to the person who asked.
/// </summary>
public sealed class QuestionsSubcommand(LearnIncidents chooser, IQuestionStore questions, ISlackApi slack) : ILearnSubcommand
{
    /// <summary>One block per question; with the header, four group headings and the "more" line, inside Slack's 50.</summary>
    public const int MaxListed = 40;

    private static readonly (string Heading, QuestionStatus Status)[] Groups =
    [
        ("Open", QuestionStatus.Posted),
        ("Snoozed (asked again later)", QuestionStatus.Snoozed),
        ("Answered", QuestionStatus.Answered),
        ("Declined (not relevant)", QuestionStatus.Dismissed),
    ];

    public static LearnSubcommandSpec Spec { get; } = new(
        "questions", "[#channel]", "List this channel's incident's questions: open, answered, declined (only you see it).", "questions",
        Takes: LearnArguments.Optional);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var choice = await chooser.ChooseAsync(invocation, cancellationToken);
        if (choice.Incident is not { } incident) return LearnReplies.NoIncident(invocation.CommandName, choice.ChannelId);

        var all = await questions.ForIncidentAsync(incident.Id, cancellationToken);
        var waiting = all.Count(question => question.Status == QuestionStatus.Scheduled);
        var asked = Groups.Select(group => (group.Heading, Questions: all.Where(question => question.Status == group.Status).ToList()))
            .Where(group => group.Questions.Count > 0).ToList();
        if (asked.Count == 0)
            return CommandReply.Ephemeral($"No questions asked yet for {LearnReplies.Name(incident)}." +
                                          (waiting > 0 ? string.Create(CultureInfo.InvariantCulture, $" {waiting} planned, to be asked after the cool-down.") : "") +
                                          $" A facilitator can ask one now with `{invocation.CommandName} ask`.");

        var blocks = new JsonArray { BlockKit.Header(Mrkdwn.Truncate($"Questions: {incident.DisplayName}", 150)) };
        var listed = 0;
        var total = asked.Sum(group => group.Questions.Count);
        foreach (var (heading, inGroup) in asked)
        {
            if (listed == MaxListed) break;
            blocks.Add(BlockKit.Section(string.Create(CultureInfo.InvariantCulture, $"*{heading}* ({inGroup.Count})")));
            foreach (var question in inGroup.Take(MaxListed - listed))
            {
                blocks.Add(BlockKit.Context(await LineAsync(question, cancellationToken)));
                listed++;
            }
        }

        var footer = new List<string>();
        if (total > listed) footer.Add(string.Create(CultureInfo.InvariantCulture, $"…and {total - listed} more: `{invocation.CommandName} export` has them all."));
        if (waiting > 0) footer.Add(string.Create(CultureInfo.InvariantCulture, $"{waiting} more planned, to be asked after the cool-down."));
        if (footer.Count > 0) blocks.Add(BlockKit.Context(string.Join(' ', footer)));
        return CommandReply.Ephemeral(string.Create(CultureInfo.InvariantCulture, $"{total} question(s) for {Mrkdwn.Escape(incident.DisplayName)}"), blocks);
    }

    private async Task<string> LineAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        var to = question.UserId.Length > 0 ? Mrkdwn.Mention(question.UserId) : "anyone";
        var by = question.AskedBy is { } facilitator ? $" (asked by {Mrkdwn.Mention(facilitator)})" : "";
        var link = await PermalinkAsync(question, cancellationToken) is { } permalink ? " · " + Mrkdwn.Link(permalink, "in Slack") : "";
        // The bot's own mrkdwn, read as plain words and escaped again: a short quote that cannot ping anyone.
        var quote = Mrkdwn.Escape(Mrkdwn.Truncate(SlackText.ToPlain(question.Text), 200));
        return $"To {to}{by}: “{quote}”{link}";
    }

    private async Task<string?> PermalinkAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        if (question is not { PostedChannel: { } channel, PostedTs: { } ts }) return null;
        try
        {
            return await slack.GetPermalinkAsync(channel, ts, cancellationToken);
        }
        catch (Exception exception) when (exception is SlackApiException or SlackTransportException)
        {
            // The message was deleted, or the bot left: the question is listed without its link.
            return null;
        }
    }
}
