using System.Globalization;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary>
/// <c>/learn ask [@person] &lt;question&gt;</c>: a facilitator asks now, with the usual Answer / Not now / Not relevant
/// buttons. The question is held to the same language check as the bot's own: a blaming or counterfactual one is
/// refused, with the rule it breaks and a rewording to try, and nothing is posted.
/// </summary>
public sealed class AskSubcommand(IncidentService incidents, FacilitatorQuestions asking) : ILearnSubcommand
{
    /// <summary>A section holds 3,000 characters; the question shares it with a mention.</summary>
    public const int MaxQuestionLength = 2000;

    private static readonly PlainTextOptions Plain = new() { KeepLineBreaks = true };

    public static LearnSubcommandSpec Spec { get; } = new(
        "ask", "[@person] <question>", "Ask a how/what question now: of one person, or of anyone in this incident's channel.",
        "ask @bob What did the dashboard show when you first looked?",
        LearnAccess.Facilitators, LearnArguments.Required);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var command = invocation.CommandName;
        var person = PersonArgument.Read(invocation.Arguments);
        // Plain words, escaped again: a question can mention people by name but never ping them, a channel, or link.
        var question = SlackText.ToPlain(person.Rest, Plain);
        if (question.Length == 0)
            return CommandReply.Ephemeral($"`{command} ask` needs a question after {(person.UserId is { } named ? Mrkdwn.Mention(named) : "it")}. Example: `{command} {Spec.Example}`");
        if (question.Length > MaxQuestionLength)
            return CommandReply.Ephemeral(string.Create(CultureInfo.InvariantCulture,
                $"That question is {question.Length} characters long; keep it under {MaxQuestionLength} so that it fits in one message. Nothing was posted."));

        if (await incidents.CurrentInAsync(invocation.ChannelId, cancellationToken) is not { } incident)
            return LearnReplies.NoIncident(command, invocation.ChannelId);

        var issues = LanguageCheck.CheckQuestion(question);
        if (issues.Count > 0) return Refused(question, issues);

        var (asked, _) = await asking.AskAsync(incident, invocation.UserId, person.UserId, Mrkdwn.Escape(question), invocation.Context.EnvelopeId,
            invocation.TypedAt, cancellationToken);
        var quoted = Mrkdwn.Quote(Mrkdwn.Truncate(question, 500));
        var where = Mrkdwn.Channel(incident.ChannelId);
        return CommandReply.Ephemeral(asked switch
        {
            { UserId.Length: 0 } => $"Posted your question in {where} for anyone who was part of {LearnReplies.Name(incident)}:\n{quoted}\n" +
                                    "Replies in its thread and answers through its *Answer* button become findings.",
            { Delivery: QuestionDelivery.DirectMessage } => $"Sent your question to {Mrkdwn.Mention(asked.UserId)} by direct message, about {LearnReplies.Name(incident)}:\n{quoted}\n" +
                                                            "Their reply there, or through the *Answer* button, becomes a finding.",
            _ => $"Asked {Mrkdwn.Mention(asked.UserId)} in a thread of its own in {where}:\n{quoted}\n" +
                 "Their reply in the thread, or through the *Answer* button, becomes a finding.",
        });
    }

    /// <summary>What the question tripped, and a how/what question to try instead.</summary>
    private static CommandReply Refused(string question, IReadOnlyList<LanguageIssue> issues)
    {
        var broken = issues.DistinctBy(issue => issue.Rule).Select(issue => $"• *{issue.Rule}* (“{Mrkdwn.Escape(issue.Phrase)}”): {issue.Explanation}");
        return CommandReply.Ephemeral(
            "I didn't post that question: its wording can put people on the defensive rather than help them tell what happened.\n" +
            string.Join('\n', broken) + "\n" +
            $"Try something like: _{Mrkdwn.Escape(QuestionRewording.Suggest(question))}_\nNothing was posted.");
    }
}
