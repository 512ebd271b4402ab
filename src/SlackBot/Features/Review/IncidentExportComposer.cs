using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Review;

/// <summary>
/// Writes one incident as a Markdown document: what happened when, the moments, the questions and their answers, the
/// findings by theme, the fix ideas (kept apart), who took part and, when given, the review pack. Pure: it reads only
/// the material it is handed. Withdrawn findings are never in that material; private-channel findings are left out
/// when the reader may not see them.
/// </summary>
public static partial class IncidentExportComposer
{
    /// <param name="nameOf">A person's name by user id.</param>
    /// <param name="generatedAt">When the export was made (shown in the document and its file name).</param>
    /// <param name="prep">The review pack to include as the last section, if any.</param>
    public static ExportDocument Compose(ReviewMaterial material, Func<string, string> nameOf, DateTimeOffset generatedAt,
        bool includeRestrictedFindings = true, ReviewPrep? prep = null)
    {
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(nameOf);
        var visible = includeRestrictedFindings ? material : material.WithoutRestrictedFindings();
        var leftOut = material.Findings.Count - visible.Findings.Count;
        var incident = visible.Incident;
        var clock = ReviewText.ClockFor(visible.Moments.Select(moment => moment.At).Append(incident.StartedAt));
        string Name(string id) => MarkdownText.Escape(nameOf(id));

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {MarkdownText.Escape(incident.DisplayName)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"_Exported from Slack on {ReviewText.DateAndClock(generatedAt)}. Times are UTC._");
        md.AppendLine();
        Summary(md, visible, Name);

        md.AppendLine();
        md.AppendLine("## Timeline of moments");
        md.AppendLine();
        if (visible.Moments.Count == 0) md.AppendLine("No learning moments were noted.");
        foreach (var moment in visible.Moments.OrderBy(moment => moment.At))
        {
            var link = MarkdownText.OptionalLink("in Slack", visible.PermalinkFor(moment.ChannelId, moment.Ts));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- **{clock(moment.At)}** {Name(moment.UserId)} · _{moment.Category.Label()}_ — “{MarkdownText.Escape(ReviewText.Cue(moment, nameOf))}”{link}");
            var text = ReviewText.Plain(moment.Text, nameOf);
            if (text.Length > 0) md.AppendLine(MarkdownText.Quote(text, "  "));
        }

        md.AppendLine();
        QuestionsAndAnswers(md, visible, nameOf, clock);
        md.AppendLine();
        FindingsByTheme(md, visible, nameOf, leftOut);
        md.AppendLine();
        Ideas(md, visible, nameOf);
        md.AppendLine();
        Participants(md, visible, nameOf);

        if (prep is not null)
        {
            md.AppendLine();
            md.Append(ReviewPrepMarkdown.Render(prep, nameOf, visible));
        }

        var title = $"Incident export: {incident.DisplayName}";
        var fileName = $"incident-{Slug(incident.ChannelName)}-{incident.StartedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.md";
        return new ExportDocument(fileName, title, md.ToString());
    }

    private static void Summary(StringBuilder md, ReviewMaterial material, Func<string, string> name)
    {
        var incident = material.Incident;
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Channel:** \\#{MarkdownText.Escape(incident.ChannelName)}{(incident.IsPrivate ? " (private)" : "")}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Started:** {ReviewText.DateAndClock(incident.StartedAt)}{(incident.StartedBy is { } starter ? " by " + name(starter) : "")}");
        if (incident.ResolvedAt is { } resolved)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- **Resolved:** {ReviewText.DateAndClock(resolved)}{(incident.ResolvedBy is { } resolver ? " by " + name(resolver) : "")}{Via(incident.ResolvedVia)}");
            md.AppendLine(CultureInfo.InvariantCulture, $"- **Duration:** {ReviewText.Duration(resolved - incident.StartedAt)}");
        }
        else
        {
            md.AppendLine("- **Resolved:** not yet");
        }

        if (incident.ReviewedAt is { } reviewed) md.AppendLine(CultureInfo.InvariantCulture, $"- **Reviewed:** {ReviewText.DateAndClock(reviewed)}");

        var questions = material.Questions.Where(question => question.Status != QuestionStatus.Cancelled).ToList();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- **Learning:** {ReviewText.Count(material.Moments.Count, "moment")}, {ReviewText.Count(questions.Count, "question")} " +
            $"({questions.Count(question => question.Status == QuestionStatus.Answered)} answered, {questions.Count(question => question.IsOpen)} open, " +
            $"{questions.Count(question => question.Status is QuestionStatus.Dismissed or QuestionStatus.Declined or QuestionStatus.Redirected)} declined), {ReviewText.Count(material.Findings.Count, "finding")}, " +
            $"{ReviewText.Count(material.Ideas.Count, "fix idea")}");
    }

    private static string Via(ResolutionSource? source) => source switch
    {
        ResolutionSource.Command => " (with /learn resolve)",
        ResolutionSource.Message => " (a message said so)",
        ResolutionSource.StatusBot => " (the status bot said so)",
        ResolutionSource.ChannelArchived => " (the channel was archived)",
        ResolutionSource.QuietPeriod => " (the channel went quiet)",
        ResolutionSource.EndOfExport => " (end of the Slack export)",
        _ => "",
    };

    private static void QuestionsAndAnswers(StringBuilder md, ReviewMaterial material, Func<string, string> nameOf, Func<DateTimeOffset, string> clock)
    {
        md.AppendLine("## Questions and answers");
        md.AppendLine();
        var moments = material.Moments.ToDictionary(moment => moment.Id, StringComparer.Ordinal);
        var answers = material.Findings.Where(finding => finding.QuestionId is not null).ToLookup(finding => finding.QuestionId!);
        var asked = material.Questions
            .Where(question => question.Status != QuestionStatus.Cancelled)
            .OrderBy(question => moments.GetValueOrDefault(question.MomentId)?.At ?? question.CreatedAt)
            .ToList();
        if (asked.Count == 0) md.AppendLine("No questions were asked.");
        foreach (var question in asked)
        {
            var moment = moments.GetValueOrDefault(question.MomentId);
            var about = moment is null ? "" : $" about “{MarkdownText.Escape(ReviewText.Cue(moment, nameOf))}” ({clock(moment.At)})";
            var link = MarkdownText.OptionalLink("question in Slack", material.PermalinkFor(question.PostedChannel, question.PostedTs));
            var followUp = question.IsFollowUp ? " (follow-up on their answer)" : "";
            md.AppendLine(CultureInfo.InvariantCulture, $"- **To {MarkdownText.Escape(nameOf(question.UserId))}**{followUp}{about} — _{StatusOf(question)}_{link}");
            md.AppendLine(MarkdownText.Quote(ReviewText.Plain(question.Text, nameOf), "  "));
            foreach (var answer in answers[question.Id])
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"  - **{MarkdownText.Escape(nameOf(answer.AuthorId))}:** {MarkdownText.Escape(ReviewText.Plain(answer.Text, nameOf))}{MarkdownText.OptionalLink("in Slack", answer.Permalink)}");
            }
        }
    }

    /// <summary>Answered, open (asked, no answer yet), snoozed, declined, or not asked yet (planned).</summary>
    internal static string StatusOf(AskedQuestion question) => question.Status switch
    {
        QuestionStatus.Answered => "answered",
        QuestionStatus.Posted => "open",
        QuestionStatus.Snoozed => "snoozed",
        QuestionStatus.Dismissed => "declined",
        QuestionStatus.Declined => question.Replies.LastOrDefault(reply => reply.UserId == question.UserId)?.Reason == DeclineReason.AtTheReview
            ? "would rather talk about it at the review" : "declined in a reply",
        QuestionStatus.Redirected => "pointed elsewhere",
        QuestionStatus.Scheduled => "not asked yet",
        _ => question.Status.ToString().ToLowerInvariant(),
    };

    /// <summary>Each finding once, under its first theme (its category, as the tagger puts it first); its other themes as tags.</summary>
    private static void FindingsByTheme(StringBuilder md, ReviewMaterial material, Func<string, string> nameOf, int leftOut)
    {
        md.AppendLine("## Findings by theme");
        md.AppendLine();
        if (material.Findings.Count == 0) md.AppendLine("No findings yet.");
        var groups = material.Findings
            .GroupBy(PrimaryTheme, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase);
        var first = true;
        foreach (var group in groups)
        {
            if (!first) md.AppendLine();
            first = false;
            md.AppendLine(CultureInfo.InvariantCulture, $"### {MarkdownText.Escape(group.Key)} ({group.Count()})");
            md.AppendLine();
            foreach (var finding in group.OrderBy(finding => finding.CreatedAt))
            {
                var others = finding.Themes.Where(theme => !theme.Equals(group.Key, StringComparison.OrdinalIgnoreCase)).ToList();
                var tags = others.Count > 0 ? " · also: " + MarkdownText.Escape(string.Join(", ", others)) : "";
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- “{MarkdownText.Escape(ReviewText.Plain(finding.Text, nameOf))}” — {MarkdownText.Escape(nameOf(finding.AuthorId))}, " +
                    $"{finding.CreatedAt.UtcDateTime.ToString("MMM d", CultureInfo.InvariantCulture)}{MarkdownText.OptionalLink("in Slack", finding.Permalink)}{tags}");
            }
        }

        if (leftOut > 0) md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"_{ReviewText.Count(leftOut, "finding")} from a private channel left out of this export._");
    }

    private static string PrimaryTheme(Finding finding) =>
        finding.Themes.Count > 0 ? finding.Themes[0] : finding.Category?.Label() ?? "Other";

    private static void Ideas(StringBuilder md, ReviewMaterial material, Func<string, string> nameOf)
    {
        md.AppendLine("## Fix ideas (parking lot)");
        md.AppendLine();
        md.AppendLine("_Kept apart from the findings, so that the review can stay on learning._");
        md.AppendLine();
        if (material.Ideas.Count == 0) md.AppendLine("None noted.");
        foreach (var idea in material.Ideas.OrderBy(idea => idea.At))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- {MarkdownText.Escape(ReviewText.Plain(idea.Text, nameOf))} — {MarkdownText.Escape(nameOf(idea.AuthorId))}, " +
                $"{idea.At.UtcDateTime.ToString("MMM d", CultureInfo.InvariantCulture)}{MarkdownText.OptionalLink("in Slack", idea.Permalink)}");
        }
    }

    private static void Participants(StringBuilder md, ReviewMaterial material, Func<string, string> nameOf)
    {
        md.AppendLine("## Participants");
        md.AppendLine();
        var people = ReviewParticipants.From(material, nameOf);
        if (people.Count == 0)
        {
            md.AppendLine("Nobody yet.");
            return;
        }

        md.AppendLine("| Person | Wrote | Moments | Was asked | Answered |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var person in people)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Escape(nameOf(person.UserId))} | {person.Messages} | {person.Moments} | {person.QuestionsAsked} | {person.Answers} |");
        }

        md.AppendLine();
        md.AppendLine("_\"Wrote\" counts the messages still kept (ordinary messages are kept for a limited time)._");
    }

    private static string Slug(string name)
    {
        var slug = NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "channel" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();
}
