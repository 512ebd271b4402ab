using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

/// <summary>
/// A question ready to post: Slack message text (mrkdwn, already escaped) and the template it came from,
/// so that "not relevant" feedback can be counted per phrasing.
/// </summary>
public sealed record ComposedQuestion(string TemplateId, MomentCategory Category, string Text);
