using System.Globalization;
using System.Text.RegularExpressions;

namespace SlackBot.Features.Review;

/// <summary>A clock time an account gives for an event ("started at 14:05"), in minutes after midnight.</summary>
internal sealed record TimeClaim(string Event, int Minutes, bool HasMeridiem, string Phrase);

/// <summary>A figure an account gives ("40 minutes behind"), in base units, with the words around it.</summary>
internal sealed record QuantityClaim(string Unit, double Value, IReadOnlySet<string> Context, string Phrase);

/// <summary>Something named as the cause or the owner of something ("caused by the nightly backfill").</summary>
internal sealed record Attribution(IReadOnlySet<string> Subject, IReadOnlySet<string> Terms, string Phrase);

/// <summary>One clause stated as fact (not a question): its words and whether it is negated or hedged.</summary>
internal sealed record Statement(IReadOnlySet<string> Terms, bool Negated, bool Hedged, string Phrase);

/// <summary>
/// What one account claims, read with plain patterns so that every flag can be explained: times for events, figures,
/// causes and owners it names, what it denies, its negated statements, and whether it opens by correcting or agreeing.
/// Questions ("did it start at 14:05?") claim nothing.
/// </summary>
internal sealed partial class AccountClaims
{
    /// <summary>Event words that times are tied to, and how the pack names the event.</summary>
    private static readonly (string Event, string Label, Regex Pattern)[] Events =
    [
        ("start", "when it started", StartWords()),
        ("alert", "the alert", AlertWords()),
        ("deploy", "the deploy", DeployWords()),
        ("rollback", "the rollback", RollbackWords()),
        ("failover", "the failover", FailoverWords()),
        ("restart", "the restart", RestartWords()),
        ("recovery", "the recovery", RecoveryWords()),
    ];

    public const string UnspecifiedEvent = "unspecified";

    // Words without which the cause and owner patterns cannot match: most messages skip those patterns altogether.
    private static readonly string[] CauseWords = ["cause", "because of", "due to", "trigger", "thanks to", "came from", "culprit", "problem", "issue", "broke", "took down"];
    private static readonly string[] OwnerWords = ["own", "belongs to", "maintain", "looked after", "looks after", "sits with"];

    private AccountClaims() { }

    public IReadOnlyList<TimeClaim> Times { get; private init; } = [];

    public IReadOnlyList<QuantityClaim> Quantities { get; private init; } = [];

    public IReadOnlyList<Attribution> Causes { get; private init; } = [];

    /// <summary>What the account says was not it ("not the backfill", "it wasn't the cache").</summary>
    public IReadOnlyList<Attribution> Denials { get; private init; } = [];

    public IReadOnlyList<Attribution> Owners { get; private init; } = [];

    public IReadOnlyList<Statement> Statements { get; private init; } = [];

    /// <summary>Every content word of the account's statements.</summary>
    public IReadOnlySet<string> Terms { get; private init; } = new HashSet<string>();

    /// <summary>The opening words when the account starts by correcting ("actually", "no, …", "not quite").</summary>
    public string? Correction { get; private init; }

    /// <summary>True when the account starts by agreeing ("yes", "agreed", "+1").</summary>
    public bool OpensWithAgreement { get; private init; }

    /// <summary>Anything here that could disagree with another account (a negated statement counts; a positive one only answers).</summary>
    public bool HasSignals =>
        Times.Count > 0 || Quantities.Count > 0 || Causes.Count > 0 || Denials.Count > 0 || Owners.Count > 0 ||
        Correction is not null || Statements.Any(statement => statement.Negated && !statement.Hedged);

    public static string LabelOf(string eventName) =>
        Events.FirstOrDefault(entry => entry.Event == eventName).Label ?? "the time";

    public static AccountClaims Read(string plainText)
    {
        var text = AccountWords.Normalise(plainText);
        var times = new List<TimeClaim>();
        var quantities = new List<QuantityClaim>();
        var causes = new List<Attribution>();
        var denials = new List<Attribution>();
        var owners = new List<Attribution>();
        var statements = new List<Statement>();
        var terms = new HashSet<string>(StringComparer.Ordinal);

        foreach (var sentence in SentenceBreak().Split(text).Where(sentence => sentence.Length > 0))
        {
            if (sentence.TrimEnd().EndsWith('?')) continue;
            var body = sentence.TrimEnd('.', '!', ';', ' ');
            if (Mentions(body, CauseWords)) causes.AddRange(ReadAttributions(body, CauseForward(), CauseBackward()));
            if (Mentions(body, OwnerWords)) owners.AddRange(ReadAttributions(body, OwnerForward(), OwnerBackward()));
            denials.AddRange(Denial().Matches(body).Select(match => Phrase(match.Groups["phrase"].Value, new HashSet<string>())).Where(claim => claim.Terms.Count > 0));

            foreach (var clause in ClauseBreak().Split(body).Where(clause => clause.Trim().Length > 0))
            {
                var clauseTimes = ReadTimes(clause);
                times.AddRange(clauseTimes);
                var masked = clauseTimes.Count == 0 ? clause : TimePattern().Replace(clause, " ");
                quantities.AddRange(ReadQuantities(masked));

                var clauseTerms = AccountWords.Terms(masked);
                clauseTerms.RemoveWhere(IsUnit);
                terms.UnionWith(clauseTerms);
                statements.Add(new Statement(clauseTerms, Negation().IsMatch(clause), Hedge().IsMatch(clause), clause.Trim()));
            }
        }

        var correction = CorrectionOpening().Match(text);
        return new AccountClaims
        {
            Times = times,
            Quantities = quantities,
            Causes = causes,
            Denials = denials,
            Owners = owners,
            Statements = statements,
            Terms = terms,
            Correction = correction.Success ? correction.Value : null,
            OpensWithAgreement = AgreementOpening().IsMatch(text),
        };
    }

    private static bool Mentions(string text, string[] words) => words.Any(word => text.Contains(word, StringComparison.Ordinal));

    private static IEnumerable<Attribution> ReadAttributions(string sentence, Regex forward, Regex backward)
    {
        foreach (Match match in forward.Matches(sentence))
        {
            var before = sentence[..match.Index];
            var subject = LastTerms(before, 4);
            var claim = Phrase(match.Groups["phrase"].Value, subject);
            if (claim.Terms.Count > 0) yield return claim;
        }

        foreach (Match match in backward.Matches(sentence))
        {
            var subject = AccountWords.Terms(match.Groups["object"].Value);
            var claim = Phrase(match.Groups["phrase"].Value, subject);
            if (claim.Terms.Count > 0) yield return claim;
        }
    }

    /// <summary>The named thing, cut where the clause moves on ("the backfill job and then…" keeps "the backfill job").</summary>
    private static Attribution Phrase(string raw, IReadOnlySet<string> subject)
    {
        var phrase = TrailingFunctionWords().Replace(PhraseEnd().Split(raw, 2)[0].Trim(), "");
        phrase = LeadingFunctionWords().Replace(phrase, "");
        return new Attribution(subject, AccountWords.Terms(phrase, dropGroupWords: true), phrase);
    }

    private static HashSet<string> LastTerms(string text, int count)
    {
        var words = AccountWords.Tokens(text).Select(token => AccountWords.Term(token.Value)).OfType<string>().ToList();
        return words.Skip(Math.Max(0, words.Count - count)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Each time in the clause goes with the nearest event word and any other within a few words of it ("the first
    /// alert fired at 2:05pm" is both when it started and the alert); a time with none is "unspecified".
    /// </summary>
    private static List<TimeClaim> ReadTimes(string clause)
    {
        const int Near = 30;
        var found = new List<TimeClaim>();
        var events = Events.SelectMany(entry => entry.Pattern.Matches(clause).Select(match => (entry.Event, match.Index, End: match.Index + match.Length))).ToList();
        foreach (Match match in TimePattern().Matches(clause))
        {
            if (ToMinutes(match) is not { } minutes) continue;
            int Distance((string Event, int Index, int End) candidate) =>
                candidate.End <= match.Index ? match.Index - candidate.End : Math.Max(0, candidate.Index - (match.Index + match.Length));
            List<string> tied = events.Count == 0
                ? [UnspecifiedEvent]
                : events.Where(candidate => Distance(candidate) <= Near).Select(candidate => candidate.Event)
                    .Append(events.MinBy(Distance).Event).Distinct(StringComparer.Ordinal).ToList();
            found.AddRange(tied.Select(eventName => new TimeClaim(eventName, minutes.Value, minutes.HasMeridiem, match.Value.Trim())));
        }

        return found;
    }

    private static (int Value, bool HasMeridiem)? ToMinutes(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ap"].Value.Replace(".", "", StringComparison.Ordinal);
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }

        return (hour * 60 + minute, meridiem.Length > 0);
    }

    private static IEnumerable<QuantityClaim> ReadQuantities(string clause)
    {
        var tokens = AccountWords.Tokens(clause).ToList();
        foreach (Match match in QuantityPattern().Matches(clause))
        {
            if (!double.TryParse(match.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) continue;
            var (unit, scale) = UnitOf(match.Groups["u"].Value);
            var at = tokens.FindIndex(token => token.Index + token.Length > match.Index);
            var context = new HashSet<string>(StringComparer.Ordinal);
            for (var index = Math.Max(0, at - 4); index < Math.Min(tokens.Count, at + 5); index++)
            {
                if (AccountWords.Term(tokens[index].Value) is { } term && !IsUnit(term)) context.Add(term);
            }

            yield return new QuantityClaim(unit, number * scale, context, match.Value.Trim());
        }
    }

    private static bool IsUnit(string term) => UnitWord().IsMatch(term);

    private static (string Unit, double Scale) UnitOf(string unit) => unit switch
    {
        "ms" or "millisecond" or "milliseconds" => ("duration", 0.001),
        "s" or "sec" or "secs" or "second" or "seconds" => ("duration", 1),
        "m" or "min" or "mins" or "minute" or "minutes" => ("duration", 60),
        "h" or "hr" or "hrs" or "hour" or "hours" => ("duration", 3600),
        "day" or "days" => ("duration", 86400),
        "%" or "percent" or "pct" => ("percent", 1),
        "kb" => ("bytes", 1e3),
        "mb" => ("bytes", 1e6),
        "gb" => ("bytes", 1e9),
        "tb" => ("bytes", 1e12),
        "x" or "times" => ("factor", 1),
        _ => (unit.TrimEnd('s') is { Length: > 0 } singular && unit != "rps" && unit != "qps" ? singular : unit, 1),
    };

    // The event words: plain alternations between word boundaries, linear in the input; the timeout is only a guard,
    // generous so a busy machine never trips it.
    private const int EventWordsTimeoutMilliseconds = 2000;

    [GeneratedRegex(@"\b(?:start(?:s|ed|ing)?|began|begin(?:s|ning)?|onset|kicked off|first (?:saw|noticed|errors?|alerts?|page|spike))\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex StartWords();

    [GeneratedRegex(@"\b(?:alert(?:s|ed)?|paged|page fired|fired|detected|spotted|noticed)\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex AlertWords();

    [GeneratedRegex(@"\b(?:deploy(?:s|ed|ing|ment)?|roll(?:ed|ing|s)? ?out|released?|shipped|merged)\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex DeployWords();

    [GeneratedRegex(@"\b(?:roll(?:ed|ing|s)? ?back|revert(?:s|ed|ing)?)\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex RollbackWords();

    [GeneratedRegex(@"\b(?:fail(?:ed|ing|s)? ?over|switched over|promoted)\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex FailoverWords();

    [GeneratedRegex(@"\b(?:restart(?:s|ed|ing)?|reboot(?:s|ed|ing)?|bounced?)\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex RestartWords();

    [GeneratedRegex(@"\b(?:recover(?:s|ed|y|ing)?|resolved|mitigated|back to normal|stabili[sz]ed|stable again|fixed)\b", RegexOptions.CultureInvariant, EventWordsTimeoutMilliseconds)]
    private static partial Regex RecoveryWords();

    // A full stop only ends a sentence before a space: "orders-db.prod" and "v1.2" stay whole.
    [GeneratedRegex(@"(?<=[!?;])\s*|(?<=\.)\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s*,\s*|\s+(?:but|whereas|although|though|-|—)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    // 14:05, 14h05, 2:05pm, 2 pm; never the seconds of 14:05:30 or part of a longer number.
    [GeneratedRegex(@"(?<![\d:.])(?:(?<h>[01]?\d|2[0-3])(?::|h)(?<m>[0-5]\d)(?!\d)(?:\s?(?<ap>am|pm|a\.m\.|p\.m\.))?|(?<h>1[0-2]|0?[1-9])\s?(?<ap>am|pm|a\.m\.|p\.m\.))(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?<![\w.:])(?<n>\d+(?:[.,]\d+)?)\s?(?<u>%|percent|pct|ms|milliseconds?|secs?|seconds?|s|mins?|minutes?|m|hrs?|hours?|h|days?|x|times|kb|mb|gb|tb|replicas?|nodes?|pods?|instances?|servers?|hosts?|shards?|errors?|requests?|rps|qps|connections?|users?|customers?|orders?|retries|attempts?)(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^(?:%|percent|pct|ms|millisecond|sec|second|min|minut|hr|hour|day|kb|mb|gb|tb)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\b(?:caused by|because of|due to|triggered by|thanks to|came from|(?:the )?(?:root )?cause (?:was|is|were)|(?:was|is) (?:the|a) (?:culprit|trigger|cause)|(?:the )?(?:problem|issue|trigger|culprit) (?:was|is)) (?<phrase>[^,;:!?]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CauseForward();

    [GeneratedRegex(@"(?<![\w\-.@'])(?<phrase>(?:the |a |an |our )?[\w\-.@]+(?: [\w\-.@]+){0,3}) (?:caused|triggered|broke|took down) (?<object>it|this|that|everything|the [\w\-]+(?: [\w\-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex CauseBackward();

    [GeneratedRegex(@"\b(?:owned by|owner is|owners are|belongs to|maintained by|looked after by|sits with) (?<phrase>[^,;:!?]+)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerForward();

    [GeneratedRegex(@"(?<![\w\-.@'])(?<phrase>(?:the )?[\w\-.@]+(?: [\w\-.@]+){0,2}) (?:owns|own|maintains|looks after) (?<object>[^,;:!?]+)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBackward();

    [GeneratedRegex(@"\b(?:not|wasn't|isn't|was not|is not|nothing to do with) (?:the |a |an |our )?(?<phrase>[\w\-.@]+(?: [\w\-.@]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\s(?:and|which|that|so|when|while|but|not|then|because|after|before|since|as|or)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseEnd();

    [GeneratedRegex(@"(?:\s+(?:that|which|who|what|it|this|really|actually|then|now))+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingFunctionWords();

    // "I'm fairly sure the redis failover caused it" names "the redis failover".
    [GeneratedRegex(@"^(?:(?:sure|think|guess|fairly|pretty|probably|maybe|honestly|i|i'm|we|it|so|and|but|was|is|that)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFunctionWords();

    [GeneratedRegex(@"\b(?:not|no|never|none|nothing|nobody|without|didn't|doesn't|don't|wasn't|weren't|isn't|aren't|haven't|hasn't|hadn't|won't|can't|cannot|couldn't|wouldn't)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:not sure|don't know|no idea|not certain|unsure|no clue|not clear|can't remember|don't remember)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?:no(?!\s+(?:worries|problem|problems|rush|idea|need|one|change|changes))|nope|nah|not quite|not exactly|not really|actually|in fact|correction|hmm,? actually|that's not (?:right|true|correct|quite right|what happened)|that isn't (?:right|true|correct)|i don't think (?:so|that's right))\b", RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionOpening();

    [GeneratedRegex(@"^(?:yes|yep|yeah|yup|agreed?|exactly|correct|right|indeed|same here|same|\+1|confirm(?:ed|s)?|true|makes sense|good point|that's right|that matches)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex AgreementOpening();
}
