namespace SlackBot.Features.Questions;

/// <summary>
/// One piece of phrasing that works against learning: which <paramref name="Rule"/> it breaks
/// (<c>why-question</c>, <c>counterfactual</c>, <c>normative</c>, <c>root-cause</c> or <c>blame</c>), the
/// <paramref name="Phrase"/> exactly as written, and an <paramref name="Explanation"/> a bank author can act on.
/// </summary>
public sealed record LanguageIssue(string Rule, string Phrase, string Explanation);
