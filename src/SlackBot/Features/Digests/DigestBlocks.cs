using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.Features.Incidents;
using SlackBot.Features.Review;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Digests;

/// <summary>
/// A digest as a Slack message within Slack's limits: a fixed handful of blocks (never near 50), each section at most
/// 3,000 characters. A part that does not fit shows what does and ends with a pointer to the full Markdown digest
/// (<c>digest --week …</c> on the command line) rather than being rejected by Slack.
/// </summary>
public static class DigestBlocks
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxHeader = 150;
    public const int QuoteLength = 400;
    /// <summary>A team reads the top themes; the rest are one pointer away.</summary>
    public const int ThemesShown = 8;

    public const string PulseBlockId = "digest_pulse";
    /// <summary>The pulse buttons' action ids start with this (the route).</summary>
    public const string ActionPrefix = "digest:";
    public const string LearnedAction = "digest:learned";
    public const string NotThisWeekAction = "digest:not-this-week";

    /// <param name="digestId">The sent digest's id, carried by the pulse buttons; null for a preview (no buttons).</param>
    public static PackMessage Render(Digest digest, string? digestId = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var title = DigestWording.Title(digest);
        var blocks = new JsonArray { BlockKit.Header(Mrkdwn.Truncate(title, MaxHeader)) };
        if (digest.IsEmpty)
        {
            blocks.Add(BlockKit.Section(Mrkdwn.Escape(DigestWording.EmptyWeek(digest))));
            blocks.Add(BlockKit.Context(Mrkdwn.Escape(DigestWording.Dates(digest))));
            return new PackMessage($"{title}: {DigestWording.EmptyWeek(digest)}", blocks);
        }

        var pointer = $"the full digest: `digest --week {digest.Week}{(digest.Team is { } team ? " --team " + team : "")}` on the command line";
        blocks.Add(BlockKit.Context(Mrkdwn.Escape(DigestWording.Dates(digest)) + " · " + string.Join(" · ",
            DigestWording.Count(digest.Incidents.Count, "incident"), DigestWording.Count(digest.FindingCount, "finding"),
            DigestWording.Count(digest.OpenQuestions.Count, "open question"))));

        blocks.Add(ListSection("*Incidents*", digest.Incidents.Select(incident =>
            $"• {Mrkdwn.Channel(incident.ChannelId)}{(incident.Title is { Length: > 0 } named ? " — " + Mrkdwn.Escape(named) : "")} · " +
            $"{Describe(incident.Status)} · {DigestWording.Count(incident.Findings, "finding")}"), "No incidents started this week.", pointer));

        blocks.Add(ListSection("*Findings by theme* (against the four weeks before)", digest.Themes.Select(theme =>
            $"• {Mrkdwn.Escape(DigestWording.ThemeName(theme.Theme))}: *{theme.Count.ToString(CultureInfo.InvariantCulture)}* ({DigestWording.Trend(theme)})"),
            "No new findings.", pointer, ThemesShown));

        var highlights = digest.Highlights.GroupBy(highlight => highlight.Category).ToList();
        if (highlights.Count > 0) blocks.Add(BlockKit.Divider());
        foreach (var group in highlights)
            blocks.Add(ListSection($"*{DigestWording.Heading(group.Key)}*", group.Select(Quote), "", pointer));

        blocks.Add(BlockKit.Divider());
        blocks.Add(ListSection("*Questions still waiting for an answer*", digest.OpenQuestions.Select(question =>
            $"• {Mrkdwn.Escape(Mrkdwn.Truncate(question.Text, 300))} _({(question.AskedOf is { } name ? "asked of " + Mrkdwn.Escape(name) + ", " : "")}{Mrkdwn.Escape(question.IncidentName)})_"),
            "None: every question has an answer.", pointer));
        if (digest.Ideas.Count > 0)
        {
            blocks.Add(ListSection("*Fix ideas parked*", digest.Ideas.Select(idea =>
                $"• {Mrkdwn.Escape(Mrkdwn.Truncate(idea.Text, 300))}{(idea.Author is { } name ? " — " + Mrkdwn.Escape(name) : "")}" +
                (idea.Permalink is { } link ? " · " + Mrkdwn.Link(link, "in Slack") : "")), "", pointer));
        }

        if (DigestWording.Pulse(digest.Pulse) is { } pulse) blocks.Add(BlockKit.Context(Mrkdwn.Escape(pulse)));
        if (digestId is not null)
        {
            blocks.Add(BlockKit.Section("*Did this digest teach you something?* One vote each; click again to change it."));
            blocks.Add(BlockKit.Actions(PulseBlockId,
                BlockKit.Button("I learned something", LearnedAction, digestId, ButtonStyle.Primary),
                BlockKit.Button("Not this week", NotThisWeekAction, digestId)));
        }

        var text = $"{title}: {DigestWording.Count(digest.Incidents.Count, "incident")}, {DigestWording.Count(digest.FindingCount, "finding")}, " +
                   $"{DigestWording.Count(digest.OpenQuestions.Count, "open question")}.";
        return new PackMessage(text, blocks);
    }

    private static string Quote(DigestHighlight highlight)
    {
        var source = new List<string>();
        if (highlight.Author is { } author) source.Add(Mrkdwn.Escape(author));
        if (highlight.IncidentName is { } incident) source.Add(Mrkdwn.Escape(incident));
        if (highlight.Permalink is { } link) source.Add(Mrkdwn.Link(link, "in Slack"));
        return Mrkdwn.Quote(Mrkdwn.Truncate(highlight.Quote, QuoteLength)) + (source.Count > 0 ? "\n— " + string.Join(" · ", source) : "");
    }

    private static string Describe(IncidentStatus status) => status switch
    {
        IncidentStatus.Active => "still open",
        IncidentStatus.Resolved => "resolved",
        _ => "reviewed",
    };

    /// <summary>A titled list in one section: the lines that fit in 3,000 characters, then "…and N more in {pointer}".</summary>
    internal static JsonObject ListSection(string title, IEnumerable<string> lines, string whenEmpty, string pointer, int max = int.MaxValue)
    {
        var all = lines.ToList();
        if (all.Count == 0) return BlockKit.Section($"{title}\n{whenEmpty}");

        string More(int more) => $"…and {more.ToString(CultureInfo.InvariantCulture)} more in {pointer}";
        var text = new StringBuilder(title);
        var reserve = More(all.Count).Length + 1;
        var shown = 0;
        foreach (var line in all)
        {
            if (shown == max) break;
            var fitted = Mrkdwn.Truncate(line, MaxSectionText - title.Length - reserve - 1);
            if (text.Length + 1 + fitted.Length > MaxSectionText - (shown + 1 < all.Count ? reserve : 0)) break;
            text.Append('\n').Append(fitted);
            shown++;
        }

        if (shown < all.Count) text.Append('\n').Append(More(all.Count - shown));
        return BlockKit.Section(text.ToString());
    }
}
