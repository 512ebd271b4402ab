using System.Globalization;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Questions;

/// <summary>
/// Renders a person's own words for use inside a question: plain words, at most
/// <see cref="MaxLength"/> visible characters, in typographic quotes, escaped for Slack.
/// </summary>
internal static class QuotedCue
{
    /// <summary>Visible characters between the quotes, the ellipsis included.</summary>
    public const int MaxLength = 120;

    private const string Ellipsis = "…";

    // Below this, cutting at a word boundary throws away too much (one long URL after a short word).
    private const int ShortestWordBoundaryCut = MaxLength / 2;

    public static string Render(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var words = SlackText.ToPlain(cue);
        if (words.Length == 0)
        {
            throw new ArgumentException("The cue has no words to quote.", nameof(cue));
        }

        return "“" + Mrkdwn.Escape(Shorten(words)) + "”";
    }

    /// <summary>Cuts at the last space that fits, or inside a long word if it must, never inside a character.</summary>
    internal static string Shorten(string words)
    {
        if (words.Length <= MaxLength)
        {
            return words;
        }

        var room = MaxLength - Ellipsis.Length;
        var lastSpace = words.LastIndexOf(' ', room);
        var kept = lastSpace >= ShortestWordBoundaryCut
            ? words[..lastSpace]
            : words[..TextElementBoundaryAtOrBefore(words, room)];

        // "…and then, …" reads badly; the ellipsis replaces a dangling comma or dash.
        return kept.TrimEnd(' ', ',', ';', ':', '-', '–', '—') + Ellipsis;
    }

    private static int TextElementBoundaryAtOrBefore(string text, int index)
    {
        var boundary = 0;
        while (boundary < index)
        {
            var next = boundary + StringInfo.GetNextTextElementLength(text, boundary);
            if (next > index)
            {
                break;
            }

            boundary = next;
        }

        return boundary;
    }
}
