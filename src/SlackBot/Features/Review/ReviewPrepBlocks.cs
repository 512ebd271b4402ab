using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.Features.Moments;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Review;

/// <summary>A message ready to send: the notification text and its blocks.</summary>
public sealed record PackMessage(string Text, JsonArray Blocks);

/// <summary>
/// The calibration pack as a Slack message. It respects Slack's limits (at most 50 blocks, 3,000 characters in a
/// section): each part shows what fits and ends with "…and N more — see the export", where the whole pack is.
/// </summary>
public static class ReviewPrepBlocks
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;

    /// <summary>Differing accounts get a block each (two quotes side by side); beyond this many the export has them.</summary>
    public const int MaxDifferencesShown = 8;

    private const int QuoteLength = 280;

    public static PackMessage Render(ReviewPrep prep, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(prep);
        ArgumentNullException.ThrowIfNull(nameOf);
        var clock = ReviewText.ClockFor(prep.Participants.SelectMany(person => new[] { person.FirstMessageAt, person.LastMessageAt, person.LastAnsweredAt }).OfType<DateTimeOffset>()
            .Concat(prep.OpenMoments.Select(open => open.Moment.At)));
        var incident = prep.Incident;

        var blocks = new JsonArray
        {
            BlockKit.Header("Review prep: " + incident.DisplayName),
            BlockKit.Context(string.Join(" · ", new[]
            {
                ReviewText.Count(prep.Participants.Count, "person", "people"),
                ReviewText.Count(prep.OpenMoments.Count, "open moment"),
                ReviewText.Count(prep.Differences.Count, "place", "places") + " where accounts differ",
                "times in UTC",
            })),
        };

        blocks.Add(ListSection("*Who took part*", prep.Participants.Select(person =>
            $"• {Mrkdwn.Mention(person.UserId)} {Span(person, clock)} · {ReviewText.Count(person.Messages, "message")} · " +
            $"{ReviewText.Count(person.Moments, "moment")} · {ReviewText.Count(person.Answers, "answer")}" +
            (person.LastAnsweredAt is { } answered ? $" (last {clock(answered)})" : "")), "Nobody yet."));

        blocks.Add(ListSection("*Themes so far*", prep.Themes.Select(theme =>
            $"• {Mrkdwn.Escape(theme.Theme)} ({theme.Findings.ToString(CultureInfo.InvariantCulture)})"), "No findings yet."));

        blocks.Add(BlockKit.Divider());
        blocks.Add(BlockKit.Section(prep.Differences.Count == 0
            ? "*Where accounts differ*\nNo differing accounts found."
            : "*Where accounts differ*\nSide by side, not ranked: a difference shows where the shared picture was thin."));

        // The fixed parts that follow: open moments, questions, invitees, fix ideas, the divider and the closing context.
        var room = MaxBlocks - blocks.Count - 6;
        var shown = Math.Min(prep.Differences.Count, Math.Min(MaxDifferencesShown, room - 1));
        foreach (var difference in prep.Differences.Take(shown))
            blocks.Add(BlockKit.Section(Side(difference, clock)));
        if (prep.Differences.Count > shown) blocks.Add(BlockKit.Context(ReviewWording.AndMore(prep.Differences.Count - shown)));

        blocks.Add(BlockKit.Divider());
        blocks.Add(ListSection("*Moments nobody has answered about*", prep.OpenMoments.Select(open =>
            $"• {clock(open.Moment.At)} {Mrkdwn.Mention(open.Moment.UserId)} · {open.Moment.Category.Label()} — " +
            $"“{Mrkdwn.Escape(Mrkdwn.Truncate(ReviewText.Cue(open.Moment, nameOf), 160))}” · _{Mrkdwn.Escape(ReviewWording.Describe(open, nameOf))}_"),
            "None: every moment has an answer or a note."));

        blocks.Add(ListSection("*Questions worth asking*", prep.FollowUps.Select(question => "• " + question.Text), "None suggested."));

        blocks.Add(ListSection("*Whom to invite*", prep.Invitees.Select(invitee =>
            $"• {Mrkdwn.Mention(invitee.UserId)} — {ReviewWording.Describe(invitee.Reasons)}" +
            (invitee.NamedIn.Count > 0 ? $": “{Mrkdwn.Escape(Mrkdwn.Truncate(invitee.NamedIn[0], 160))}”" : "")), "Nobody in particular yet."));

        // The Markdown pack leaves ideas out: it is part of the export, which has a section of its own for them.
        blocks.Add(ListSection("*Fix ideas (parking lot)*", prep.Ideas.OrderBy(idea => idea.At).Select(idea =>
            $"• {Mrkdwn.Escape(Mrkdwn.Truncate(ReviewText.Plain(idea.Text, nameOf), 300))} — {Mrkdwn.Mention(idea.AuthorId)}"), "None parked."));

        var closing = "The whole pack, with every account, is in the export (`/learn export`).";
        if (prep.PrivateFindingsLeftOut > 0) closing += $" {ReviewText.Count(prep.PrivateFindingsLeftOut, "finding")} from a private channel left out.";
        blocks.Add(BlockKit.Context(closing));

        var text = $"Review prep for {incident.DisplayName}: {ReviewText.Count(prep.Participants.Count, "person", "people")}, " +
                   $"{ReviewText.Count(prep.OpenMoments.Count, "open moment")}, {ReviewText.Count(prep.Differences.Count, "difference")} between accounts.";
        return new PackMessage(text, blocks);
    }

    /// <summary>A titled list in one section: as many lines as fit in Slack's 3,000 characters, then "…and N more".</summary>
    internal static JsonObject ListSection(string title, IEnumerable<string> lines, string whenEmpty)
    {
        var all = lines.ToList();
        if (all.Count == 0) return BlockKit.Section($"{title}\n{whenEmpty}");

        var text = new StringBuilder(title);
        var reserve = ReviewWording.AndMore(all.Count).Length + 1;
        var shown = 0;
        foreach (var line in all)
        {
            var fitted = Mrkdwn.Truncate(line, MaxSectionText - title.Length - reserve - 1);
            if (text.Length + 1 + fitted.Length > MaxSectionText - (shown + 1 < all.Count ? reserve : 0)) break;
            text.Append('\n').Append(fitted);
            shown++;
        }

        if (shown < all.Count) text.Append('\n').Append(ReviewWording.AndMore(all.Count - shown));
        return BlockKit.Section(text.ToString());
    }

    private static string Side(AccountDifference difference, Func<DateTimeOffset, string> clock)
    {
        string One(Account account) =>
            $"{Mrkdwn.Mention(account.AuthorId)}, {clock(account.SaidAt)}{(account.Source == AccountSource.Finding ? " (finding)" : "")}" +
            (account.Permalink is { } link ? " · " + Mrkdwn.Link(link, "in Slack") : "") + "\n" +
            Mrkdwn.Quote(Mrkdwn.Truncate(account.Text.Replace('\n', ' '), QuoteLength));
        return $"{One(difference.Earlier)}\n{One(difference.Later)}\n_{Mrkdwn.Escape(Mrkdwn.Truncate(difference.Explanation, 500))}_";
    }

    private static string Span(Participant person, Func<DateTimeOffset, string> clock) =>
        person.FirstMessageAt is { } first && person.LastMessageAt is { } last
            ? first == last ? clock(first) : $"{clock(first)}–{clock(last)}"
            : person.LastAnsweredAt is not null ? "(answered only)" : "(no messages kept)";
}
