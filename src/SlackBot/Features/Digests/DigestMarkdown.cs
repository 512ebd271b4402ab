using System.Globalization;
using System.Text;
using SlackBot.Features.Review;

namespace SlackBot.Features.Digests;

/// <summary>How the command line prints a digest.</summary>
public enum DigestTextFormat
{
    /// <summary>CommonMark: headings, lists, quotes and links; people's words escaped.</summary>
    Markdown,
    /// <summary>The same content as plain lines, for a terminal or an e-mail.</summary>
    Text,
}

/// <summary>The whole digest as Markdown (or plain text): nothing trimmed, so it is what the Slack form points to.</summary>
public static class DigestMarkdown
{
    public static string Render(Digest digest, DigestTextFormat format = DigestTextFormat.Markdown)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var markdown = format == DigestTextFormat.Markdown;
        string Words(string text) => markdown ? MarkdownText.Escape(text) : text.Replace('\n', ' ');
        string Link(string label, string? url) => url is null ? "" : markdown ? $" ([{label}]({url}))" : $" ({url})";
        string Heading(string text) => markdown ? "## " + text : text.ToUpperInvariant();

        var output = new StringBuilder();
        var title = DigestWording.Title(digest);
        output.AppendLine(markdown ? "# " + Words(title) : title).AppendLine();
        output.AppendLine(Words(DigestWording.Dates(digest))).AppendLine();
        if (digest.IsEmpty)
        {
            output.AppendLine(Words(DigestWording.EmptyWeek(digest)));
            return output.ToString();
        }

        output.AppendLine(string.Join(" · ", DigestWording.Count(digest.Incidents.Count, "incident"), DigestWording.Count(digest.FindingCount, "finding"),
            DigestWording.Count(digest.OpenQuestions.Count, "open question"))).AppendLine();

        output.AppendLine(Heading("Incidents")).AppendLine();
        if (digest.Incidents.Count == 0) output.AppendLine("No incidents started this week.");
        foreach (var incident in digest.Incidents)
            output.AppendLine(CultureInfo.InvariantCulture, $"- {Words(incident.DisplayName)} · {incident.Status.ToString().ToLowerInvariant()} · {DigestWording.Count(incident.Findings, "finding")}");
        output.AppendLine();

        output.AppendLine(Heading("Findings by theme")).AppendLine();
        if (digest.Themes.Count == 0) output.AppendLine("No new findings.");
        foreach (var theme in digest.Themes)
            output.AppendLine(CultureInfo.InvariantCulture, $"- {Words(DigestWording.ThemeName(theme.Theme))}: {theme.Count} ({DigestWording.Trend(theme)})");
        output.AppendLine();

        foreach (var group in digest.Highlights.GroupBy(highlight => highlight.Category))
        {
            output.AppendLine(Heading(DigestWording.Heading(group.Key))).AppendLine();
            foreach (var highlight in group)
            {
                output.AppendLine((markdown ? "> " : "  “") + Words(highlight.Quote) + (markdown ? "" : "”"));
                var source = Words(string.Join(" · ", new[] { highlight.Author, highlight.IncidentName }.OfType<string>()));
                output.AppendLine((markdown ? ">\n> — " : "  — ") + (source.Length > 0 ? source : "anonymous") + Link("in Slack", highlight.Permalink)).AppendLine();
            }
        }

        output.AppendLine(Heading("Questions still waiting for an answer")).AppendLine();
        if (digest.OpenQuestions.Count == 0) output.AppendLine("None: every question has an answer.");
        foreach (var question in digest.OpenQuestions)
            output.AppendLine($"- {Words(question.Text)} ({(question.AskedOf is { } name ? "asked of " + Words(name) + ", " : "")}{Words(question.IncidentName)})");
        output.AppendLine();

        if (digest.Ideas.Count > 0)
        {
            output.AppendLine(Heading("Fix ideas parked")).AppendLine();
            foreach (var idea in digest.Ideas)
                output.AppendLine($"- {Words(idea.Text)}{(idea.Author is { } name ? " — " + Words(name) : "")}{Link("in Slack", idea.Permalink)}");
            output.AppendLine();
        }

        if (DigestWording.Pulse(digest.Pulse) is { } pulse) output.AppendLine(Words(pulse)).AppendLine();
        return output.ToString().TrimEnd() + "\n";
    }
}
