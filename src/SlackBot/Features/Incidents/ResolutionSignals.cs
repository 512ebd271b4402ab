using System.Text.RegularExpressions;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Recognises "this incident is over" in a message: a person saying so ("resolved", "all clear, closing the
/// incident") or an incident-management bot's status post ("Resolved: checkout latency"). Negations ("not resolved
/// yet"), questions ("is it resolved?") and other uses of the word ("resolved the DNS name") do not count.
/// </summary>
public sealed partial class ResolutionSignals(IEnumerable<string> extraPhrases)
{
    private readonly Regex[] _extra = extraPhrases
        .Where(pattern => !string.IsNullOrWhiteSpace(pattern))
        .Select(ConfiguredPattern.Create)
        .ToArray();

    public ResolutionSignals() : this([])
    {
    }

    /// <summary>True when <paramref name="text"/> declares the incident resolved.</summary>
    /// <param name="fromStatusBot">The message came from another app (an incident bot): its status lines count too.</param>
    public bool IsResolution(string? text, bool fromStatusBot)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var plain = Normalise(text);

        if (fromStatusBot && StatusLine().IsMatch(plain)) return true;
        if (IsQuestion(plain) || Negated().IsMatch(plain)) return false;
        return HumanDeclaration().IsMatch(plain) || _extra.Any(pattern => pattern.IsMatch(plain));
    }

    // Only the words count: mentions (@here, @sam) address people and are dropped, as are emoji and formatting.
    private static readonly PlainTextOptions WordsOnly = new() { OmitMentions = true };

    private static string Normalise(string text) => SlackText.ToPlain(text, WordsOnly).Replace('’', '\'');

    private static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    // Status posts of incident tools: "Resolved: …", "Status: Resolved", "Incident #42 has been resolved", ":white_check_mark: Resolved".
    [GeneratedRegex(@"^(?:incident\s+)?resolved\b|\bstatus\s*(?:changed\s*)?(?:to|:)\s*resolved\b|\bincident\b[^.]{0,80}\b(?:has been|was|is now|marked(?: as)?)\s+resolved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    // A person declaring the end: "resolved", "all clear", "this is resolved", "we're resolved", "closing the incident", "incident over".
    [GeneratedRegex(@"^(?:ok(?:ay)?[,!.]?\s+|and\s+|so\s+|ok\s+so\s+)?(?:we(?:'re| are)\s+)?(?:(?:fully|now)\s+)?(?:resolved|all[\s-]clear)\b|\b(?:incident|issue|outage|this|it|everything|we)(?:'s|\s+is|\s+has been|\s+was|\s+are|'re)\s+(?:now\s+|fully\s+|officially\s+)?(?:resolved|all[\s-]clear|over(?=\s*(?:[.!,;:)]|$)))|\b(?:closing|close|closed|ending|resolving|marking)\s+(?:out\s+)?(?:this|the)\s+(?:incident|inc)\b(?:\s+as\s+resolved)?|\bincident\s+(?:resolved|closed|over(?=\s*(?:[.!,;:)]|$)))|\ball[\s-]clear\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HumanDeclaration();

    // "not resolved", "isn't resolved yet", "not yet all clear", "not closing the incident"
    [GeneratedRegex(@"\b(?:not|n't|never|no longer)\s+(?:\w+\s+){0,2}(?:resolved|over|all[\s-]clear|closing)\b|\b(?:almost|nearly|once|until|when|if|before)\s+(?:\w+\s+){0,3}(?:resolved|all[\s-]clear)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();
}
