using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>The kinds of new mystery an answer can open, the thread a follow-up question pulls on.</summary>
public enum OpeningKind
{
    /// <summary>"I'm not sure why…", "for some reason": the answer itself says something is unexplained.</summary>
    Unexplained,
    /// <summary>Data that disagrees with itself: duplicates, out of sync, a mismatch.</summary>
    DataInconsistency,
    /// <summary>A one-off script, a cron job, a saved query: tools that live outside the official path.</summary>
    OneOffScript,
    /// <summary>A workaround: by hand, a hack, a stopgap.</summary>
    Workaround,
    /// <summary>Someone who knows what nobody else does ("only Priya knows…").</summary>
    PersonWhoKnows,
    /// <summary>A habit nobody wrote down ("we always…", "it's not documented").</summary>
    UnwrittenHabit,
}

/// <summary>
/// Where an answer opens a new thread of inquiry: the kind, and the span of the person's own words that opens it (the
/// clause around the words that matched), for the follow-up to quote. Pure; the strongest kind wins (an answer that
/// says "not sure why" is itself asking the next question).
/// </summary>
public sealed partial record FollowUpOpening(OpeningKind Kind, string Span)
{
    /// <summary>A quoted span longer than this is cut to the words around what matched.</summary>
    public const int MaxSpanWords = 14;

    public static FollowUpOpening? Find(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return null;
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(answer);
            if (match.Success) return new FollowUpOpening(kind, SpanAround(answer, match));
        }

        return null;
    }

    private static readonly (OpeningKind Kind, Regex Pattern)[] Patterns =
    [
        (OpeningKind.Unexplained, Unexplained()),
        (OpeningKind.DataInconsistency, DataInconsistency()),
        (OpeningKind.OneOffScript, OneOffScript()),
        (OpeningKind.Workaround, Workaround()),
        (OpeningKind.PersonWhoKnows, PersonWhoKnows()),
        (OpeningKind.UnwrittenHabit, UnwrittenHabit()),
    ];

    /// <summary>The clause holding the match, cut to at most <see cref="MaxSpanWords"/> words around it.</summary>
    private static string SpanAround(string text, Match match)
    {
        var start = match.Index;
        while (start > 0 && !IsClauseEnd(text, start - 1)) start--;
        var end = match.Index + match.Length;
        while (end < text.Length && !IsClauseEnd(text, end)) end++;
        var clause = text[start..end].Trim().TrimStart(',', ' ', '-', '—').Trim();
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxSpanWords) return clause;

        // Keep the matched words and what follows them: "the cleanup job was never scheduled on the new cluster".
        var matchedAt = text[start..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var first = Math.Max(0, Math.Min(matchedAt - 3, words.Length - MaxSpanWords));
        return string.Join(' ', words.Skip(first).Take(MaxSpanWords));
    }

    private static bool IsClauseEnd(string text, int index) =>
        (text[index] is '.' or ';' or '!' or '?' or '\n' or ':' && (index + 1 >= text.Length || char.IsWhiteSpace(text[index + 1]))) ||
        // "not sure how it happened, but the table…": the turn starts another clause.
        (text[index] == ',' && (text.AsSpan(index + 1).StartsWith(" but ", StringComparison.Ordinal) || text.AsSpan(index + 1).StartsWith(" so ", StringComparison.Ordinal)));

    [GeneratedRegex(@"\b(?:(?:i'?m|i\s+am|we'?re|still)\s+)?(?:not\s+(?:really\s+|entirely\s+)?sure\s+(?:why|how|what|where)|no\s+idea\s+(?:why|how|what)|(?:don't|do\s+not|didn't|still\s+don't)\s+(?:really\s+)?(?:know|understand)\s+(?:why|how|what)|(?:it's\s+|still\s+)?unclear\s+(?:why|how)|(?:nobody|no\s+one)\s+(?:really\s+)?(?:knows|understood|could\s+tell)|never\s+figured\s+out|(?:a|still\s+a)\s+mystery|for\s+some\s+reason)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unexplained();

    [GeneratedRegex(@"\b(?:data\s+inconsistenc\w*|inconsistent\s+(?:data|state|records?|rows?)|out\s+of\s+sync|mismatch\w*|(?:didn't|did\s+not|don't|doesn't|no\s+longer)\s+match(?:ed)?|duplicate[ds]?\s+(?:\w+\s+)?(?:rows?|records?|entries|orders?|payments?|events?|messages?|charges?)|orphan(?:ed)?\s+\w+|corrupt(?:ed|ion)?\s+(?:data|rows?|records?|index)|stale\s+(?:data|config|records?)|missing\s+(?:rows?|records?)|(?:rows?|records?)\s+(?:were|was)\s+missing|drift(?:ed|s|ing)?|disagree[sd]?\s+with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataInconsistency();

    [GeneratedRegex(@"\b(?:one-?off\s+(?:\w+\s+)?(?:script|job|query|fix|migration|tool)|ad-?hoc\s+(?:\w+\s+)?(?:script|job|query)|(?:quick|small|little|hacky|throwaway|scratch|saved|manual)\s+(?:script|query|job)|(?:wrote|ran|run|running|kept)\s+(?:a|my|our|the)\s+(?:\w+\s+)?(?:script|query|job)|cron\s*-?jobs?|backfill(?:ed)?\s+(?:job|script)|(?:script|query)\s+(?:in|from)\s+(?:a|my|his|her|the)\s+(?:\w+\s+)?(?:gist|laptop|notebook)|(?:in|from)\s+(?:a|my|his|her)\s+gist)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneOffScript();

    [GeneratedRegex(@"\b(?:work-?arounds?|worked\s+around|by\s+hand|manually|a\s+hack|hacky|stopgap|band-?aid|temporary\s+fix|as\s+a\s+fallback)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Workaround();

    [GeneratedRegex(@"(?:\bonly\s+(?:<@[UW][A-Z0-9]+>|@?[A-Z][a-z]+)\s+(?:really\s+)?knows|(?:<@[UW][A-Z0-9]+>|\b[A-Z][a-z]+)\s+is\s+the\s+(?:only\s+)?one\s+who\s+knows|\bonly\s+in\s+(?:[A-Z][a-z]+'s|his|her|their)\s+head|\bonly\s+(?:on|in)\s+(?:[A-Z][a-z]+'s|his|her|their)\s+(?:laptop|machine|notes|gist))", RegexOptions.CultureInvariant)]
    private static partial Regex PersonWhoKnows();

    [GeneratedRegex(@"\b(?:(?:not|isn't|wasn't|never)\s+written\s+down|(?:not|never|nowhere)\s+documented|undocumented|tribal\s+knowledge|everyone\s+(?:just\s+)?knows|nobody\s+wrote\s+(?:it|that|this)\s+down|unwritten|(?:we|people|everyone|folks)\s+(?:always|usually|tend\s+to|just\s+know\s+to)\s+\w+|(?:not|isn't)\s+in\s+the\s+(?:runbook|docs|wiki))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnwrittenHabit();
}
