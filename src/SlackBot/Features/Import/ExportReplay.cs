using SlackBot.Features.Import.Export;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Api;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Import;

/// <summary>
/// Runs the live bot's judgement over history: the same detector, the same mark reaction and the same question
/// bank, with no timing and no Slack. What the bot would have noticed, and what it would have asked.
/// </summary>
/// <param name="nameOf">Names for user ids mentioned in cues (from the export's users), so quotes read as people saw them.</param>
public sealed class ExportReplay(MomentDetector detector, QuestionComposer composer, string markReaction, Func<string, string?>? nameOf = null)
{
    private readonly Func<string, string?>? _nameOf = nameOf;
    private readonly MomentDetector _detector = detector;
    private readonly QuestionComposer _composer = composer;
    private readonly string _markReaction = markReaction;

    /// <summary>The same judgement, naming mentioned people from <paramref name="nameOf"/>.</summary>
    public ExportReplay WithNames(Func<string, string?> nameOf) => new(_detector, _composer, _markReaction, nameOf);

    /// <summary>A reader for one channel, read oldest first: it remembers where the bot asked its questions.</summary>
    public ChannelReader ForChannel(ExportChannel channel) => new(this, channel);

    /// <summary>The moments of one channel, oldest first, read day by day.</summary>
    public IEnumerable<ReplayMoment> MomentsIn(SlackExport export, ExportChannel channel)
    {
        var reader = ForChannel(channel);
        return export.Days(channel).SelectMany(day => day.Messages).Select(reader.Judge).OfType<ReplayMoment>();
    }

    /// <summary>The bot's own question messages carry its Answer button.</summary>
    public static bool IsBotQuestion(ExportMessage message) =>
        message.BotId is not null && message.ActionIds.Contains(QuestionMessages.AnswerAction, StringComparer.Ordinal);

    public sealed class ChannelReader(ExportReplay replay, ExportChannel channel)
    {
        private readonly Dictionary<string, string> _firstQuestionInThread = new(StringComparer.Ordinal);

        /// <summary>
        /// The moment in this message, or null when it is not one: not a person's words, not a moment, or an answer
        /// to one of the bot's questions (answers become findings, not new moments, as in the live bot).
        /// </summary>
        public ReplayMoment? Judge(ExportMessage message)
        {
            if (IsBotQuestion(message) && message.ThreadTs is { } thread) _firstQuestionInThread.TryAdd(thread, message.Ts);
            if (!message.IsFromHuman || string.IsNullOrWhiteSpace(message.Text) || IsAnswer(message)) return null;

            var detection = replay._detector.Detect(message.Text);
            var marked = message.Reactions.Any(reaction => SlackEmoji.BaseName(reaction.Name) == replay._markReaction);
            if (detection is null && !marked) return null;

            var judged = marked ? MarkedMoment.Judge(detection, message.Text) : detection!;
            var cue = replay._nameOf is { } nameOf ? SlackMentions.NameUsers(judged.Cue, message.Text, nameOf) : judged.Cue;
            judged = judged with { Cue = cue };
            var question = replay._composer.Compose(judged.Category, judged.Cue, message.User!, Moment.IdFor(channel.Id, message.Ts));
            return new ReplayMoment(channel, message, judged.Category, judged.Confidence, judged.Cue, marked, question);
        }

        private bool IsAnswer(ExportMessage message) =>
            message.IsThreadReply && _firstQuestionInThread.TryGetValue(message.ThreadTs!, out var asked) && SlackTs.Compare(asked, message.Ts) < 0;
    }
}
