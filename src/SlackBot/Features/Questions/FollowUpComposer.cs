using SlackBot.Slack.Text;

namespace SlackBot.Features.Questions;

/// <summary>
/// The follow-up question for an opening: thanks the person, quotes the span of their answer, and asks one curious,
/// optional how/what question about it. Held to the language check with the quoted words masked; a phrasing that fails
/// falls back to a plain one, and if that fails too there is no follow-up.
/// </summary>
public static class FollowUpComposer
{
    public const string TemplatePrefix = "followup-";

    private static readonly Dictionary<OpeningKind, string> Phrasings = new()
    {
        [OpeningKind.Unexplained] = "{mention}, thank you, that helps. You wrote {quote}: what could help find out, and who might know more?",
        [OpeningKind.DataInconsistency] = "{mention}, thank you. About {quote}: how did the data get into that state in the first place, as far as anyone knows?",
        [OpeningKind.OneOffScript] = "{mention}, thank you. You mentioned {quote}: what was it first written to deal with, and where does it live now?",
        [OpeningKind.Workaround] = "{mention}, thank you. About {quote}: how did people come to know about it, and what does it take to do?",
        [OpeningKind.PersonWhoKnows] = "{mention}, thank you. About {quote}: what do they know that isn't written down yet, and how would someone else learn it?",
        [OpeningKind.UnwrittenHabit] = "{mention}, thank you. About {quote}: how did that habit come about, and how do new people pick it up?",
    };

    private const string Plain = "{mention}, thank you. About {quote}: what else is worth knowing about that?";

    /// <returns>The question, or null when nothing fit to ask passes the language check.</returns>
    public static ComposedQuestion? Compose(FollowUpOpening opening, string userId, Moments.MomentCategory category)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (!SlackMentions.IsUserId(userId) || SlackText.ToPlain(opening.Span).Length == 0) return null;
        var quoted = QuotedCue.Render(opening.Span);
        foreach (var phrasing in new[] { Phrasings[opening.Kind], Plain })
        {
            var text = phrasing.Replace("{mention}", Mrkdwn.Mention(userId), StringComparison.Ordinal).Replace("{quote}", quoted, StringComparison.Ordinal);
            if (LanguageCheck.CheckQuestion(text, quoted).Count == 0)
                return new ComposedQuestion(TemplatePrefix + opening.Kind.ToString().ToLowerInvariant(), category, text);
        }

        return null;
    }

    /// <summary>Every phrasing with a neutral quote, for the test that holds them all to the language check.</summary>
    public static IEnumerable<string> AllPhrasings() => Phrasings.Values.Append(Plain);
}
