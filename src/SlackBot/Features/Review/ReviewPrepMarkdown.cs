using System.Globalization;
using System.Text;
using SlackBot.Features.Moments;

namespace SlackBot.Features.Review;

/// <summary>The calibration pack as a Markdown section of the export: everything, untrimmed.</summary>
public static class ReviewPrepMarkdown
{
    public static string Render(ReviewPrep prep, Func<string, string> nameOf, ReviewMaterial? links = null)
    {
        ArgumentNullException.ThrowIfNull(prep);
        ArgumentNullException.ThrowIfNull(nameOf);
        var clock = ReviewText.ClockFor(prep.Participants.SelectMany(person => new[] { person.FirstMessageAt, person.LastMessageAt, person.LastAnsweredAt }).OfType<DateTimeOffset>()
            .Concat(prep.OpenMoments.Select(open => open.Moment.At)));
        string Name(string id) => MarkdownText.Escape(nameOf(id));
        var md = new StringBuilder();
        md.AppendLine("## Review prep");
        md.AppendLine();
        md.AppendLine("_A calibration pack for the review meeting: who took part, what the findings are about so far, what is still open, " +
                      "and where accounts differ. Differing accounts show where the shared picture was thin; they are side by side here, not ranked._");
        md.AppendLine();

        md.AppendLine("### Who took part");
        md.AppendLine();
        if (prep.Participants.Count == 0) md.AppendLine("Nobody yet.");
        else
        {
            md.AppendLine("| Person | First message | Last message | Messages | Moments | Asked | Answered | Last answer |");
            md.AppendLine("|---|---|---|---:|---:|---:|---:|---|");
            foreach (var person in prep.Participants)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Name(person.UserId)} | {Clock(person.FirstMessageAt, clock)} | {Clock(person.LastMessageAt, clock)} | {person.Messages} | {person.Moments} | {person.QuestionsAsked} | {person.Answers} | {Clock(person.LastAnsweredAt, clock)} |");
            }
        }

        md.AppendLine();
        md.AppendLine("### Themes so far");
        md.AppendLine();
        if (prep.Themes.Count == 0) md.AppendLine("No findings yet.");
        foreach (var theme in prep.Themes) md.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape(theme.Theme)} — {ReviewText.Count(theme.Findings, "finding")}");
        if (prep.PrivateFindingsLeftOut > 0)
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"_{ReviewText.Count(prep.PrivateFindingsLeftOut, "finding")} from a private channel left out._");

        md.AppendLine();
        md.AppendLine("### Moments nobody has answered about");
        md.AppendLine();
        if (prep.OpenMoments.Count == 0) md.AppendLine("None: every moment has an answer or a note.");
        foreach (var open in prep.OpenMoments)
        {
            var moment = open.Moment;
            var link = MarkdownText.OptionalLink("in Slack", links?.PermalinkFor(moment.ChannelId, moment.Ts));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- **{clock(moment.At)}** {Name(moment.UserId)} · _{moment.Category.Label()}_ — “{MarkdownText.Escape(ReviewText.Cue(moment, nameOf))}” — {MarkdownText.Escape(ReviewWording.Describe(open, nameOf))}{link}");
        }

        md.AppendLine();
        md.AppendLine("### Where accounts differ");
        md.AppendLine();
        if (prep.Differences.Count == 0) md.AppendLine("No differing accounts found.");
        foreach (var difference in prep.Differences)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{MarkdownText.Escape(Capitalised(difference.Explanation))}**");
            foreach (var account in new[] { difference.Earlier, difference.Later })
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"  - {Name(account.AuthorId)}, {clock(account.SaidAt)}{(account.Source == AccountSource.Finding ? " (finding)" : "")}: “{MarkdownText.Escape(account.Text)}”{MarkdownText.OptionalLink("in Slack", account.Permalink)}");
            }
        }

        md.AppendLine();
        md.AppendLine("### Questions worth asking");
        md.AppendLine();
        if (prep.FollowUps.Count == 0) md.AppendLine("None suggested.");
        foreach (var question in prep.FollowUps)
            md.AppendLine(CultureInfo.InvariantCulture, $"- To {Name(question.UserId)}: {MarkdownText.Escape(ReviewText.Plain(question.Text, nameOf))}");

        md.AppendLine();
        md.AppendLine("### Whom to invite");
        md.AppendLine();
        if (prep.Invitees.Count == 0) md.AppendLine("Nobody in particular yet.");
        foreach (var invitee in prep.Invitees)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Name(invitee.UserId)} — {ReviewWording.Describe(invitee.Reasons)}");
            foreach (var words in invitee.NamedIn) md.AppendLine(CultureInfo.InvariantCulture, $"  - “{MarkdownText.Escape(words)}”");
        }

        return md.ToString();
    }

    private static string Clock(DateTimeOffset? at, Func<DateTimeOffset, string> clock) => at is { } known ? clock(known) : "—";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
