using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

/// <summary>
/// How a reply to a question reads: an answer, a decline, or a redirect to a person or a place. Pure and explainable:
/// a reply declines or redirects when it says so in words the patterns know and says little else; once what is left
/// carries real content ("not sure why, but the pool was halved when we moved clusters…") it is an answer, because
/// people hedge inside answers all the time.
/// </summary>
/// <param name="Kind">What the reply means.</param>
/// <param name="Reason">Why it declined (declines only).</param>
/// <param name="UserIds">People it points to by mention (<c>&lt;@U…&gt;</c>), in order, for declines and redirects.</param>
/// <param name="Pointer">The words that point elsewhere ("ask maria", "it's in the runbook wiki"), as the person wrote them.</param>
public sealed partial record ReplyReading(ReplyKind Kind, DeclineReason? Reason = null, IReadOnlyList<string>? UserIds = null, string? Pointer = null)
{
    /// <summary>A strong decline ("rather discuss at the review", "pass") or a redirect may come with this much else.</summary>
    public const int MostContentWordsBesideAPointer = 6;

    /// <summary>A bare "not sure" or "no idea" may come with this much else; past it, the hedge is part of an answer.</summary>
    public const int MostContentWordsBesideAHedge = 4;

    public static ReplyReading Answer { get; } = new(ReplyKind.Answer);

    public IReadOnlyList<string> People => UserIds ?? [];

    public bool IsAnswer => Kind == ReplyKind.Answer;

    /// <summary>Reads one reply as Slack delivered it (mentions, links and emoji are fine).</summary>
    public static ReplyReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Answer;
        var mentions = new List<string>();
        var plain = Normalise(text, mentions);
        if (plain.Length == 0) return Answer;

        var spans = new List<(int Start, int Length)>();
        var review = Find(ReviewDecline(), plain, spans);
        var pass = Find(PassDecline(), plain, spans) ?? Find(PassAlone(), plain, spans);
        var hedge = Find(Hedge(), plain, spans);
        var person = Find(AskPerson(), plain, spans) ?? Find(PersonKnows(), plain, spans);
        var place = Find(PlaceIs(), plain, spans) ?? Find(SeePlace(), plain, spans) ?? Find(PlaceHas(), plain, spans) ?? OnlyALink(plain, spans);
        var pointer = person ?? place;

        var rest = ContentWords(Remove(plain, spans));
        var ids = pointer is null ? [] : MentionsIn(pointer.Value, mentions);
        var pointerWords = pointer is { } found ? Restore(found.Value, mentions) : null;

        if (pointer is not null && rest <= MostContentWordsBesideAPointer)
        {
            // "not sure, ask X" declines (they do not know) and says who would; "ask X" on its own redirects.
            if (review is not null) return new(ReplyKind.Decline, DeclineReason.AtTheReview, ids, pointerWords);
            if (hedge is not null) return new(ReplyKind.Decline, DeclineReason.DoesNotKnow, ids, pointerWords);
            if (pass is not null) return new(ReplyKind.Decline, DeclineReason.Pass, ids, pointerWords);
            return new(ReplyKind.Redirect, null, ids, pointerWords);
        }

        if (review is not null && rest <= MostContentWordsBesideAPointer) return new(ReplyKind.Decline, DeclineReason.AtTheReview);
        if (pass is not null && rest <= MostContentWordsBesideAPointer) return new(ReplyKind.Decline, DeclineReason.Pass);
        if (hedge is not null && rest <= MostContentWordsBesideAHedge) return new(ReplyKind.Decline, DeclineReason.DoesNotKnow);
        return Answer;
    }

    private static Match? Find(Regex pattern, string text, List<(int, int)> spans)
    {
        Match? first = null;
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            first ??= match;
            spans.Add((match.Index, match.Length));
        }

        return first;
    }

    private static Match? OnlyALink(string text, List<(int, int)> spans)
    {
        var match = LinkToken().Match(text);
        if (!match.Success) return null;
        spans.Add((match.Index, match.Length));
        return match;
    }

    /// <summary>Lower case, straight apostrophes; mentions become <c>@mentionN</c>, channels <c>#name</c>, links <c>linkurl</c>, emoji go.</summary>
    private static string Normalise(string text, List<string> mentions)
    {
        var withMentions = Mention().Replace(text, match =>
        {
            mentions.Add(match.Groups["id"].Value);
            return $" @mention{mentions.Count - 1} ";
        });
        var plain = Channel().Replace(withMentions, match => " #" + (match.Groups["name"].Success ? match.Groups["name"].Value : "channel") + " ");
        plain = Link().Replace(plain, " linkurl ");
        plain = BareUrl().Replace(plain, " linkurl ");
        plain = Emoji().Replace(plain, " ");
        plain = plain.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u2026', '.').Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(plain.ToLowerInvariant(), " ").Trim();
    }

    private static List<string> MentionsIn(string words, List<string> mentions) =>
        MentionToken().Matches(words).Select(match => mentions[int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)])
            .Distinct(StringComparer.Ordinal).ToList();

    private static string Restore(string words, List<string> mentions) =>
        MentionToken().Replace(words.Trim(), match => $"<@{mentions[int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)]}>");

    private static string Remove(string text, List<(int Start, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in spans)
            for (var i = start; i < start + length && i < chars.Length; i++) chars[i] = ' ';
        return new string(chars);
    }

    private static int ContentWords(string text) =>
        Word().Matches(text).Count(match => match.Value.Length > 2 && !Filler.Contains(match.Value.Trim('\'')) && !char.IsAsciiDigit(match.Value[0]) &&
            !match.Value.StartsWith("mention", StringComparison.Ordinal) && match.Value != "linkurl");

    /// <summary>Words that carry nothing about the incident: function words, politeness, and talk about the reply itself.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "not", "this", "that", "one", "with", "than", "then", "there", "here", "it's", "its",
        "i'd", "i'll", "i'm", "i've", "we'd", "we'll", "you", "your", "our", "are", "was", "were", "been", "have", "has",
        "had", "can", "could", "would", "should", "will", "might", "may", "must", "just", "really", "actually", "honestly",
        "tbh", "fwiw", "imo", "also", "though", "too", "very", "much", "more", "some", "any", "all", "what", "which", "who",
        "how", "why", "when", "where", "about", "from", "into", "out", "off", "over", "now", "yet", "still", "again",
        "thanks", "thank", "sorry", "please", "cheers", "hmm", "hey", "yeah", "yes", "nope", "okay", "haha", "lol", "good",
        "great", "question", "questions", "thread", "slack", "write", "writing", "written", "type", "typing", "context",
        "detail", "details", "fit", "fits", "long", "longer", "story", "complicated", "explain", "explaining", "later",
        "tomorrow", "today", "week", "next", "time", "moment", "bit", "maybe", "probably", "think", "guess", "sure",
        "anyway", "don't", "can't", "didn't", "doesn't", "isn't", "wasn't", "won't", "that's", "there's", "let", "let's",
        "lets", "get", "got", "bring", "give", "take", "easier", "better", "best", "prefer", "rather", "happy", "like",
        "know", "knows", "myself", "them", "they", "she", "her", "him", "his", "he's", "she's", "they're", "who's", "person",
        "monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "hand", "put", "words", "say", "said", "answer",
        "properly", "first", "quick", "quickly", "either", "way", "part", "mentioned", "asked", "ask", "asking", "until",
        "remember", "recall", "idea", "clue", "involved", "side", "end", "really", "exactly", "keep", "wait", "call",
    };

    // Talking it through at the review (or in a call, offline, in person): what the demo's "Passing for now" reply says.
    [GeneratedRegex(@"(?:\b(?:rather|prefer(?:\s+to)?|happy\s+to|better\s+to|i'd\s+like\s+to|like\s+to|want\s+to|keen\s+to|let's|lets|i'll|we\s+can|can\s+we|could\s+we|save\s+(?:it|this|that)(?:\s+one)?\s+for|leave\s+(?:it|this|that)(?:\s+one)?\s+for|hold\s+(?:it|this|that)(?:\s+one)?\s+for|bring\s+(?:it|this|that)(?:\s+one)?\s+(?:up\s+)?(?:to|at|in)|raise\s+(?:it|this|that)(?:\s+one)?\s+(?:at|in))\b[^.!?]{0,60}?\b(?:reviews?|retro(?:spective)?s?|post-?mortems?|pir|debrief|meeting|in\s+person|face\s+to\s+face|f2f|(?:a|the)\s+call|huddle|offline|sync|1:1|one\s+on\s+one|live|in\s+the\s+room)\b)|\b(?:for|at|in)\s+the\s+(?:review|retro(?:spective)?|post-?mortem|debrief)(?:\s+meeting)?\s*(?:instead|please|if\s+that's\s+ok)", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewDecline();

    [GeneratedRegex(@"\b(?:(?:i'?ll|i\s+will|i'?m\s+going\s+to|gonna|going\s+to|i'?d\s+like\s+to|i'?m)\s+(?:pass|skip)(?:ing)?(?:\s+on\s+(?:this|that|it)(?:\s+one)?)?|pass(?:ing)?\s+on\s+(?:this|that|it)(?:\s+one)?|passing(?:\s+for\s+now)?|skipping(?:\s+(?:this|that|it)(?:\s+one)?)?|not\s+(?:right\s+)?now|not\s+today|maybe\s+later|no\s+comment|nothing\s+(?:much\s+|more\s+|useful\s+|else\s+)?to\s+(?:add|say|share)|(?:i'?d\s+|i\s+would\s+)?(?:rather|prefer)\s+not(?:\s+to)?(?:\s+(?:say|answer|share|get\s+into|go\s+into|write\s+(?:it|this|that)\s+up)(?:\s+(?:it|this|that))?)?|not\s+comfortable\s+(?:answering|sharing|writing)|can't\s+(?:really\s+)?(?:share|talk\s+about|go\s+into)\s+(?:it|this|that)|no,?\s+thanks?(?:\s+you)?|(?:i\s+)?don't\s+have\s+(?:anything|much)\s+(?:to\s+add|useful|to\s+say)|(?:doesn't|does\s+not)\s+apply\s+to\s+me|not\s+(?:really\s+)?(?:relevant|applicable)(?:\s+(?:to\s+me|here))?|n/a)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassDecline();

    // "pass." or "skip" as the whole reply, or opening it.
    [GeneratedRegex(@"^(?:(?:pass|skip)(?:\s+(?:for\s+now|thanks|sorry))?\s*[.!,;:)\-]*\s*(?:$|(?=[a-z@]))|(?:nah|nope|no)(?:\s+(?:thanks|sorry))?\s*[.!]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex PassAlone();

    [GeneratedRegex(@"\b(?:no\s+idea|not\s+(?:really\s+|totally\s+|entirely\s+|100%\s+)?sure|no\s+clue|not\s+a\s+clue|haven't\s+(?:got\s+)?a\s+clue|dunno|idk|beats\s+me|(?:i\s+)?(?:honestly\s+)?(?:don't|do\s+not|didn't)\s+(?:really\s+)?know|can't\s+remember|cannot\s+remember|don't\s+remember|don't\s+recall|can't\s+recall|no\s+recollection|not\s+certain|unsure|couldn't\s+(?:tell\s+you|say)|can't\s+say|wasn't\s+(?:really\s+)?(?:involved|there|around)(?:\s+(?:in|for)\s+(?:that|this)(?:\s+(?:part|bit))?)?|not\s+me|wasn't\s+me|(?:i\s+)?wasn't\s+the\s+one|not\s+my\s+area|outside\s+my\s+area)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    // "ask @maria", "check with the dba team", "ping @sam": a verb that hands the question on, and whom to.
    [GeneratedRegex(@"\b(?:(?:you'd|you\s+would|you\s+should|you\s+might\s+want\s+to|better|best|probably|maybe|try\s+and|try\s+to|i'd|i\s+would|could\s+you|can\s+you|please)\s+)?(?:ask(?!\s+(?:for|about|around|if|whether|why|how|what|them|him|her|me|us|you|questions?|a|an|the\s+question)\b)|check\s+with|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|loop\s+in|defer\s+to|ping|try|cc|go\s+to)\s+(?<who>@mention\d+(?:\s+(?:or|and|/)\s+@mention\d+)?|@[\w.\-]+\b|(?:the\s+|our\s+)?[\w\-]+\s+(?:team|folks|people|squad|on-?call|owners?|dbas?|sres?)|(?!(?:it|that|this|them|again|restarting|running|the|a|an)\b)[a-z][\w\-]+(?=\s*(?:$|[,.;:!?)]|\s+(?:or|and|she|he|they|who|since|as|because|instead|-|–|—|\(|,))))(?!\s+for\b)|\b(?:question|one)\s+for\s+(?<who>@mention\d+|(?:the\s+)?[\w\-]+\s+(?:team|folks|people|on-?call)|[a-z][\w\-]+)\b|\bbetter\s+(?:asked\s+of|directed\s+(?:at|to)|person\s+(?:to\s+ask\s+)?is)\s+(?<who>@mention\d+|[\w\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AskPerson();

    // "@maria would know", "@sam is the one who knows", "the dba team owns that".
    [GeneratedRegex(@"(?<who>@mention\d+|\bthe\s+[\w\-]+\s+(?:team|folks|on-?call))\s+(?:(?:would|will|might|may|should|could|can|probably|definitely|surely)\s+)*(?:know(?:s)?(?:\s+(?:more|better|best|this|that|the\s+details|the\s+history))?|remember|recall|be\s+able\s+to|has\s+(?:the\s+)?(?:details|context|answer|history|background|full\s+story)|is\s+(?:the|your|a|our)\s+(?:one|person|best\s+person|right\s+person|better\s+person|expert|owner|go-to)|owns\s+(?:it|that|this)|wrote\s+(?:it|that|this)|can\s+(?:answer|explain|tell\s+you)|explain|answer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonKnows();

    private const string Places = @"(?:[\w\-]+\s+){0,2}(?:runbooks?|wiki(?:\s+page)?|docs?|document(?:ation)?|confluence(?:\s+page)?|notion(?:\s+page)?|readme|post-?mortem|incident\s+report|write-?up|ticket|jira(?:\s+ticket)?|issue|pr|pull\s+request|handbook|playbook|page|gist|repo|spreadsheet|sheet|adr|rfc|design\s+doc|linkurl|#[\w\-]+)";

    // "it's in the runbook wiki", "documented on the confluence page", "answered this in #db-help".
    [GeneratedRegex(@"\b(?:it's|its|it\s+is|that's|this\s+is|all|everything(?:'s|\s+is)?|the\s+details\s+are|details\s+are|the\s+answer\s+is|answer's|explained|covered|documented|written\s+(?:up|down)|described|noted|captured|summari[sz]ed|answered(?:\s+(?:this|that|it))?|discussed(?:\s+(?:this|that|it))?)\s+(?:all\s+|already\s+|fully\s+)?(?:in|on|at|under)\s+(?:the\s+|our\s+|my\s+|this\s+|that\s+|a\s+)?" + Places + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceIs();

    [GeneratedRegex(@"\b(?:see|check|read|look\s+at|have\s+a\s+look\s+at|there's\s+a\s+write-?up\s+in|i\s+wrote\s+it\s+up\s+in)\s+(?:the\s+|our\s+|my\s+|this\s+|that\s+)?" + Places + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeePlace();

    [GeneratedRegex(@"\b(?:the\s+|our\s+)?(?:[\w\-]+\s+)?(?:runbook|wiki|readme|docs?|handbook|playbook|post-?mortem|write-?up|incident\s+report)\s+(?:(?:from|of|for|about)\s+(?:[\w\-]+\s+){1,3}?)?(?:has|covers|explains|describes|answers)\s+(?:it|this|that|the\s+details|everything|all\s+of\s+(?:it|this))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceHas();

    [GeneratedRegex(@"\blinkurl\b", RegexOptions.CultureInvariant)]
    private static partial Regex LinkToken();

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"@mention(?<n>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex MentionToken();

    [GeneratedRegex(@"<#C[A-Z0-9]+(?:\|(?<name>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Channel();

    [GeneratedRegex(@"<(?:https?|mailto):[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\bhttps?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@":[a-z0-9_+\-]+:", RegexOptions.CultureInvariant)]
    private static partial Regex Emoji();

    [GeneratedRegex(@"[a-z0-9][a-z0-9'\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
