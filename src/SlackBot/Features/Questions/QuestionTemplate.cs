using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

/// <summary>
/// One phrasing from the question bank. <paramref name="Text"/> holds the <c>{mention}</c> and <c>{cue}</c>
/// placeholders that <see cref="QuestionComposer"/> fills in.
/// </summary>
public sealed record QuestionTemplate(string Id, MomentCategory Category, string Text);
