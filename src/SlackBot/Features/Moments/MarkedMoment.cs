using SlackBot.Slack.Text;

namespace SlackBot.Features.Moments;

/// <summary>
/// A message a person marked as a moment (the mark reaction): it is one whatever the detector scored, with the
/// detector's category and cue when it has them and a plain reading of the words otherwise.
/// </summary>
public static class MarkedMoment
{
    /// <summary>A person chose this message; that outranks any score the detector gives.</summary>
    public const double Confidence = 0.95;

    /// <summary>The category when the detector has no opinion: the person saw something worth understanding.</summary>
    public const MomentCategory DefaultCategory = MomentCategory.SenseMaking;

    public static MomentDetection Judge(MomentDetection? detection, string text) => new(
        detection?.Category ?? DefaultCategory,
        Math.Max(Confidence, detection?.Confidence ?? 0),
        detection?.Cue ?? Mrkdwn.Truncate(SlackText.ToPlain(text), 100));
}
