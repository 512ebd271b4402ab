using SlackBot.Features.Import.Export;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Import;

/// <summary>
/// Runs the live bot's judgement over history: the same detector, the same mark reaction and the same question
/// bank, with no timing and no Slack. What the bot would have noticed, and what it would have asked.
/// </summary>
public sealed class ExportReplay(MomentDetector detector, QuestionComposer composer, string markReaction)
{
    /// <summary>The moment in one message of the export, or null when it is not one (or not a person's).</summary>
    public ReplayMoment? Judge(ExportChannel channel, ExportMessage message)
    {
        if (!message.IsFromHuman || string.IsNullOrWhiteSpace(message.Text)) return null;

        var detection = detector.Detect(message.Text);
        var marked = message.Reactions.Any(reaction => BaseName(reaction.Name) == markReaction);
        if (detection is null && !marked) return null;

        var judged = marked ? MarkedMoment.Judge(detection, message.Text) : detection!;
        var question = composer.Compose(judged.Category, judged.Cue, message.User!, Moment.IdFor(channel.Id, message.Ts));
        return new ReplayMoment(channel, message, judged.Category, judged.Confidence, judged.Cue, marked, question);
    }

    /// <summary>The moments of one channel, oldest first, read day by day.</summary>
    public IEnumerable<ReplayMoment> MomentsIn(SlackExport export, ExportChannel channel) =>
        export.Days(channel).SelectMany(day => day.Messages).Select(message => Judge(channel, message)).OfType<ReplayMoment>();

    /// <summary>Emoji names without a skin-tone suffix.</summary>
    public static string BaseName(string reaction) => reaction.Split("::", 2)[0];
}
