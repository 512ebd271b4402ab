using System.Globalization;
using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>
/// What <c>/learn search</c> shows: a header ("3 results for …"), then each hit as its highlighted excerpt with the
/// incident, author, date and link under it. Nothing found, or nothing searchable in the words, gets a tip instead;
/// neither is an error. Pure, so the wording and Slack's limits are unit-tested.
/// </summary>
public static class SearchReply
{
    /// <summary>A hit takes two blocks; with the header and the closing note this many fit Slack's 50 blocks.</summary>
    public const int MaxHitsShown = 24;

    /// <summary>What the person typed, echoed back at most this long.</summary>
    private const int EchoedTerms = 100;

    private const string Tip = "Tip: fewer words find more (other forms of a word count too: _restart_ finds _restarting_), " +
                               "and \"quoted phrases\" find exact wording.";

    public static CommandReply Render(string terms, SearchResults results, int hitLimit = SearchQuery.DefaultMaxHits)
    {
        ArgumentNullException.ThrowIfNull(results);
        var echoed = Mrkdwn.Truncate((terms ?? "").Trim(), EchoedTerms);
        if (!results.HadSomethingToSearch)
            return Plain($"There is nothing I can search for in “{Mrkdwn.Escape(echoed)}”: very common words and punctuation are skipped. {Tip}");
        if (results.Hits.Count == 0)
            return Plain($"No findings or notes match “{Mrkdwn.Escape(echoed)}”. {Tip}");

        var shown = results.Hits.Take(Math.Min(hitLimit, MaxHitsShown)).ToList();
        var count = Results(shown.Count);
        // A header is plain text, where &lt; would show as written: angle quotes keep a typed <!channel> readable and
        // inert wherever the header text is ever reused (a notification, a copy into mrkdwn).
        var blocks = new JsonArray { BlockKit.Header($"{count} for “{echoed.Replace('<', '‹').Replace('>', '›')}”") };
        foreach (var hit in shown)
        {
            blocks.Add(BlockKit.Section(Quote(hit.Excerpt)));
            blocks.Add(BlockKit.Context(About(hit)));
        }

        if (results.Hits.Count >= Math.Min(hitLimit, MaxHitsShown))
            blocks.Add(BlockKit.Context($"The best {shown.Count.ToString(CultureInfo.InvariantCulture)} are shown. More words, or a \"quoted phrase\", narrow it down."));
        return CommandReply.Ephemeral($"{count} for “{Mrkdwn.Escape(echoed)}”", blocks);
    }

    /// <summary>Where a hit comes from: incident (or "a note" without one), author, date in the reader's own time zone, link.</summary>
    internal static string About(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var parts = new List<string>
        {
            hit.IncidentName is { Length: > 0 } incident ? Mrkdwn.Escape(incident) : "no incident",
            Mrkdwn.Mention(hit.AuthorId),
            Date(hit.CreatedAt),
        };
        if (hit.Source == FindingSource.Note) parts.Add("note");
        if (hit.Permalink is { Length: > 0 } permalink) parts.Add(Mrkdwn.Link(permalink, "in Slack"));
        return string.Join(" · ", parts);
    }

    /// <summary>Slack's date token shows the reader's own calendar; the fallback (old clients, notifications) is the UTC date.</summary>
    internal static string Date(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}^{{date_short}}|{at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}>";

    /// <summary>Block-quotes an excerpt that is already mrkdwn (escaped, with bold matches): <see cref="Mrkdwn.Quote"/> would escape it twice.</summary>
    private static string Quote(string excerpt) => string.Join('\n', excerpt.Split('\n').Select(line => "> " + line));

    private static string Results(int count) => count == 1 ? "1 result" : $"{count.ToString(CultureInfo.InvariantCulture)} results";

    private static CommandReply Plain(string text) => CommandReply.Ephemeral(text, BlockKit.List(BlockKit.Section(text)));
}
