using System.Text;
using System.Text.RegularExpressions;
using SlackBot.Features.Moments;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Questions;

/// <summary>
/// Turns a learning moment into the question the bot posts: picks a phrasing for the moment's category
/// and fills in the person's mention and their own words.
/// </summary>
public sealed class QuestionComposer(QuestionBank bank)
{
    private readonly QuestionBank bank = bank ?? throw new ArgumentNullException(nameof(bank));

    /// <summary>
    /// Composes the question for one moment. The same <paramref name="momentKey"/> always gets the same
    /// phrasing from a given bank, and different moments spread over the category's phrasings.
    /// Phrasings in <paramref name="avoidTemplateIds"/> are skipped unless that would leave none.
    /// </summary>
    /// <param name="cue">The person's words as Slack delivered them (markup and entities are fine).</param>
    /// <param name="userId">The person's Slack user id, e.g. <c>U012ABCDEF</c>.</param>
    /// <param name="momentKey">A stable key for the moment, e.g. <c>C123:1700000000.000100</c>.</param>
    public ComposedQuestion Compose(MomentCategory category, string cue, string userId, string momentKey,
        IReadOnlySet<string>? avoidTemplateIds = null)
    {
        ArgumentNullException.ThrowIfNull(cue);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(momentKey);
        if (!SlackMentions.IsUserId(userId))
        {
            // The id goes inside <@…>; anything else could smuggle markup (a <!channel> ping) into the message.
            throw new ArgumentException($"'{userId}' is not a Slack user id.", nameof(userId));
        }

        var template = Choose(category, momentKey, avoidTemplateIds);
        return new ComposedQuestion(template.Id, category, Render(template.Text, QuoteCue(cue), Mrkdwn.Mention(userId)));
    }

    /// <summary>
    /// The person's words as they appear inside a composed question: quoted, shortened to at most 120
    /// visible characters at a word boundary, and escaped for Slack.
    /// </summary>
    public static string QuoteCue(string cue) => QuotedCue.Render(cue);

    private QuestionTemplate Choose(MomentCategory category, string momentKey, IReadOnlySet<string>? avoid)
    {
        var phrasings = bank.For(category);
        if (avoid is { Count: > 0 })
        {
            var welcome = phrasings.Where(template => !avoid.Contains(template.Id)).ToList();

            // Asking with a phrasing people found less relevant still beats not asking at all.
            if (welcome.Count > 0)
            {
                phrasings = welcome;
            }
        }

        return phrasings[(int)(StableHash(momentKey) % (ulong)phrasings.Count)];
    }

    /// <summary>
    /// Fills the placeholders in one pass, so nothing in the cue is ever read as a placeholder, and escapes
    /// the template's own text too: an organisation's bank cannot carry a <c>&lt;!here&gt;</c> by accident.
    /// </summary>
    private static string Render(string templateText, string quotedCue, string mention)
    {
        var text = new StringBuilder(templateText.Length + quotedCue.Length + mention.Length);
        var position = 0;
        foreach (Match placeholder in TemplatePlaceholders.Pattern().Matches(templateText))
        {
            text.Append(Mrkdwn.Escape(templateText[position..placeholder.Index]));
            text.Append(TemplatePlaceholders.NameOf(placeholder) == TemplatePlaceholders.Mention ? mention : quotedCue);
            position = placeholder.Index + placeholder.Length;
        }

        text.Append(Mrkdwn.Escape(templateText[position..]));
        return text.ToString();
    }

    /// <summary>FNV-1a with a final mix: stable across processes and runtimes, unlike string.GetHashCode.</summary>
    private static ulong StableHash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
