using static SlackBot.Features.Moments.MomentCategory;
using static SlackBot.Features.Moments.RuleTraits;

namespace SlackBot.Features.Moments;

/// <summary>
/// The rule table: which kinds of language reveal which kind of learning moment, and how strongly.
/// Weights are "how often is a message with this in it a moment of this kind"; 0.7+ stands on its own,
/// 0.3–0.5 only counts together with something else. Patterns use <see cref="RulePattern"/> syntax.
/// </summary>
internal static class MomentRules
{
    public static IReadOnlyList<MomentRule> All { get; } =
    [
        // ---- Surprises: the world did not match someone's picture of it ----

        // Naming the mismatch: "weird", "odd", "unexpected". "not weird at all" says the opposite.
        Rule(Surprises, 0.70, "{strange}", Negatable),
        // Learning something just now: "TIL", "news to me", "first I've heard", "who knew".
        Rule(Surprises, 0.85, @"til|today i learned|news to (?:me|us|everyone)|first i'?ve heard|first time i'?ve heard|who knew|learned something|learnt something|i stand corrected"),
        // A belief that turned out wrong: "I didn't expect", "we never thought", "I wasn't aware".
        Rule(Surprises, 0.80, "(?:{i} (?:\\S+ )?)?{didnt} (?:even |really |ever |for a second )?{expect}"),
        // Not knowing until now: "had no idea", "wasn't aware", "didn't realise" (but "no idea who to call" is about help).
        Rule(Surprises, 0.80, "(?:had|have) no (?:idea|clue)(?! (?:who|whom))|didn'?t know|did not know|never knew|wasn'?t aware|was not aware|not aware that|didn'?t realis|didn'?t realiz|never realis|never realiz|was not aware"),
        // Reality measured against the expectation: "faster than I expected", "not what we assumed".
        Rule(Surprises, 0.75, "than (?:i|we|anyone) (?:had )?(?:expected|thought|assumed|imagined|planned)|not what (?:i|we) (?:expected|thought|assumed)|contrary to"),
        // The expectation itself, named after the fact: "I assumed", "I always thought", "I was under the impression".
        Rule(Surprises, 0.55, "{i} (?:always |had |all )?(?:assumed|figured|understood|was under the impression|were under the impression|was told|were told|believed)"),
        // A plain "I thought" often sets up the contrast; weaker, since it also just means "I believe".
        Rule(Surprises, 0.45, "{i} (?:always |just )?thought(?! (?:about|of))"),
        // Discovery and disbelief: "turns out", "wait, what", "how is that possible", "supposed to be".
        Rule(Surprises, 0.70, @"turns out|turned out|it seems that|apparently|huh,|supposed to be|meant to be|i'?ve never seen|never seen (?:this|that|anything like)|first time (?:i'?ve|we'?ve|i|we) (?:seen|hit|had)"),
        // Disbelief, usually asked: "wait, really?", "how is that even possible", "how??".
        Rule(Surprises, 0.70, @"wait,? what|wait,? really|really\?|how is (?:that|this) (?:even )?possible|how come|how\?\?+|what\?\?+|since when", Askable),
        // Having to try again: "took two tries", "third attempt".
        Rule(Surprises, 0.50, @"took (?:me |us )?(?:two|three|four|a few|several|many|multiple|\d+) (?:tries|attempts|goes|rounds)|(?:second|third|2nd|3rd) (?:try|attempt)"),
        // The word itself: "surprised", "caught us off guard", "blindsided". "no surprise" says the opposite.
        Rule(Surprises, 0.85, @"surprise|surprised|caught (?:me|us) off guard|took (?:me|us) by surprise|threw (?:me|us)|blindsided", Negatable),
        // Novelty and disbelief said as a statement: "that's new", "never happened before", "didn't see that coming".
        Rule(Surprises, 0.65, "that'?s new|this is new|never happened before|hasn'?t happened before|can'?t believe|didn'?t see that coming|did not see that coming|mind[- ]?blown|shocked|no clue (?:why|how|that)|(?:why|how|what) on earth|wild|news to"),
        // Thinking-aloud noises that often open a surprise; weak alone.
        Rule(Surprises, 0.40, @"huh|hmm+|hm+|whoa|woah|wow|interesting|oh interesting|fun fact|plot twist|uh oh|uh-oh|oops|ugh"),

        // ---- Cues and noticing: someone saw a signal ----

        // Perceiving: "I noticed", "spotted", "I saw the graph". A bare "seeing it too" is weaker.
        Rule(CuesAndNoticing, 0.60, "{i} (?:only |first |just |then )?(?:{perceive}|see|am seeing|was seeing|are seeing)", Negatable),
        // The noticing without a speaker: "noticed the lag", "what tipped me off", "first sign was".
        Rule(CuesAndNoticing, 0.55, "noticed|spotted|clocked|picked up on|tipped (?:me|us) off|gave it away|what caught my eye|caught my eye|first sign|first clue|the tell", Negatable),
        // A signal reported by people outside the response: "customers are reporting", "support is seeing".
        Rule(CuesAndNoticing, 0.60, "{waiting} (?:are |is |were |keep |started )?(?:reporting|complaining|seeing|getting|saying|calling|hitting|flagging|noticing)|reports of|complaints? (?:about|from|of)|blowing up"),
        // A metric moved: "spiked", "flatlined", "doubled". Alone it is a status line; with a contrast or a place it is noticing.
        Rule(CuesAndNoticing, 0.35, "{moved}|rising|growing|increasing|falling|shrinking"),
        // What a signal source shows: "the graph shows", "logs say", "crashlytics top issue".
        Rule(CuesAndNoticing, 0.55, "(?:the |this |that |our |my )?{signal} (?:shows?|showed|showing|says|said|is showing|was showing|points? to|pointed to|lit up|went red|turned red|going red|gone red|top issue)"),
        // Sensing that something is wrong before knowing what: "something's off", "doesn't look right".
        Rule(CuesAndNoticing, 0.60, "something(?:'s| is| looks| seems| felt| feels) (?:off|wrong|weird|not right|fishy)|doesn'?t look right|didn'?t look right|looks? (?:off|wrong|fishy)|not looking right"),
        // A flood of a symptom: "the logs are full of timeouts", "a wall of 5xx".
        Rule(CuesAndNoticing, 0.50, "(?:full of|flooded with|a wall of|a flood of|a bunch of|tons of|lots of|loads of|a spike (?:in|of)|a burst of|a jump in|a drop in) (?:\\S+ )?(?:errors?|timeouts?|exceptions?|retries|alerts?|5xx|4xx|429s|500s|503s|failures?|warnings?|requests|complaints|tickets|calls)"),
        // Localising the problem: "only on zone b", "just the tail", "X is fine, Y is not".
        Rule(CuesAndNoticing, 0.45, "(?:only|just|all|mostly|almost all|exclusively) (?:on|in|for|from|at|the|some|those|these|devices|users|requests|pods|nodes|hosts|customers|merchants|one|two|a few|a handful|\\w+ (?:that|which|who|with))"),
        // Contrasting healthy and unhealthy parts: "A and B look fine though".
        Rule(CuesAndNoticing, 0.45, "(?:are|is|look|looks|seem|seems) (?:fine|normal|ok|okay|healthy|unaffected|green)(?: though| but| while| whereas)"),
        // Measuring against normal: "a tenth of normal", "3x baseline", "LHR and CDG are the ones".
        Rule(CuesAndNoticing, 0.45, "(?:are|is) the ones?|a (?:tenth|quarter|third|half|fraction) of (?:normal|usual|what)|\\d+x (?:normal|the usual|baseline)|(?:instead of|vs\\.?|versus) (?:the usual|normal|baseline)"),
        // Actual against expected: "there should be 24", "only 12 of 24", "expected 5, got 9".
        Rule(CuesAndNoticing, 0.55, @"should (?:be|have|show|see) (?:\w+ )?\d+|(?:expected|expecting) (?:\w+ )?\d+|supposed to (?:be|have) (?:\w+ )?\d+|(?:only|just) (?:has|have|had|shows?|showing|sees?|seeing) \d+|(?:only|just) \d+ (?:of|out of)"),
        // Still wrong after something should have fixed it: "still throwing", "still stuck".
        Rule(CuesAndNoticing, 0.50, "still (?:throwing|failing|erroring|seeing|getting|returning|broken|down|happening|timing out|slow|growing|climbing|rising|crashing|stuck|red|showing)"),
        // Detection itself: the alert fired late, the check stayed green, it didn't catch it.
        Rule(CuesAndNoticing, 0.60, "{signal} (?:fired|went off|paged|stayed green|was green|were green|stayed quiet|never fired|didn'?t fire|did not fire|didn'?t alert|didn'?t catch|did not catch|missed|caught)|(?:didn'?t|did not|never|wouldn'?t|would not) (?:catch|alert|fire|notice|page)|caught (?:it|this)"),
        // Finding the signal was hard: "hidden in a collapsed row", "took me ages to find".
        Rule(CuesAndNoticing, 0.60, "hidden|buried|hard to (?:find|see|spot)|took (?:me |us )?(?:a while|ages|forever|some time|too long) to (?:find|see|spot|notice)|easy to miss|not a default"),
        // How the signal appeared: "started around 06:20", "since ~14:05", "keeps dropping".
        Rule(CuesAndNoticing, 0.30, @"(?:started|starting|began|since) (?:at |around |about |approx\.? |approximately |~)?\d|keeps? (?:\w+ing)|kept (?:\w+ing)|started a few minutes ago|a few minutes ago"),
        // Symptom words ("stuck", "timing out", "503s"): in nearly every status line, so only a nudge.
        Rule(CuesAndNoticing, 0.25, "broken|stuck|failing|timing out|timeouts?|erroring|crash(?:ing|es|ed)?|hanging|not (?:loading|working|coming|crossing|showing|arriving|responding)|can'?t (?:confirm|log in|sign in|connect|load)|throwing|returning (?:a |an )?(?:error|\\d{3})|503s?|500s?|403s?|404s?|429s?"),

        // ---- Sense-making: someone interprets what is going on ----

        // Hedged interpretation: "I think it's", "looks like", "probably", "my guess".
        Rule(SenseMaking, 0.55, "i think|i believe|i suspect|i reckon|i guess|my guess|my bet|my theory|my hunch|my money(?:'s| is) on|pretty sure|fairly sure|i'?m sure|(?:pretty|fairly|quite|reasonably) (?:confident|certain)|i'?m confident|probably|most likely|likely|i'?d bet|could it be|could be|might be|may be|must be|maybe|perhaps", Askable),
        // Appearance-based reading: "looks like the scheduler", "seems to". "doesn't look like" turns it around.
        Rule(SenseMaking, 0.50, "looks? like|seems? like|sounds? like|smells? like|feels? like|appears? to|seems? to|seemingly", Negatable),
        // Holding several explanations at once: "could be X or Y", "either ... or".
        Rule(SenseMaking, 0.75, "(?:could|might|may) be {~8}or (?:it'?s |could be |maybe |the )?|either {~6}or|one of two things|two (?:theories|hypotheses|possibilities|candidates)", Askable),
        // Ruling things out: "ruling out", "so it's not load", "narrowing it down".
        Rule(SenseMaking, 0.75, "rul(?:e|ed|ing) out|ruled? (?:it|that|this) out|not the (?:cause|problem|issue|culprit|trigger)|so it'?s not|it'?s not (?:the|load|a|an)|isn'?t the (?:cause|problem|issue)|narrow(?:ed|ing)? (?:it |this )?down|exonerat|eliminat(?:e|ed|ing)|crossed off|off the list"),
        // Something checked and found healthy, as part of narrowing down.
        Rule(SenseMaking, 0.45, "(?:is|are|looks?|seems?) (?:fine|healthy|clean|green|normal|unaffected)|(?:no|zero) (?:errors|issues|problems|anomalies)|nothing (?:obvious|wrong|unusual|changed)"),
        // Connecting cause and effect: "that explains", "that fits", "lines up", "that'd do it".
        Rule(SenseMaking, 0.65, "that explains|which explains|explains (?:why|the|it)|would explain|that'?s why|that'?d do it|that would do it|that'?s it|there it is|which means|that means|so that means|means that|that fits|fits with|lines? up|lined up|matches|that'?s how|which is how|is how (?:we|it|they|this|that)|would (?:do|cause|explain|trigger|produce) (?:exactly )?(?:that|this|it)|consistent with|correlates?|coincides?|makes sense|the reason (?:is|was)|the (?:cause|culprit|trigger) (?:is|was)|because of|caused by|due to|the result of|that'?s the|which (?:means|leaves|gives|makes|is why|would)"),
        // Naming the cause or dismissing a false lead: "is the culprit", "red herring", "the problem is".
        Rule(SenseMaking, 0.65, "(?:is|was|are|were|looks like) the (?:culprit|cause|problem|trigger|bottleneck|issue|smoking gun)|red herring|smoking gun|hypothesis|my (?:read|reading|theory|take) (?:is|on)|what'?s happening is|what happened is|the (?:problem|issue|thing) is(?: that)?|(?:all|everything|it all|evidence|this) points? (?:to|at)|a symptom|(?:waits?|waiting|blocks?|blocked|hangs?|hanging) on"),
        // Testing a hypothesis out loud: "did something change in the payload?".
        Rule(SenseMaking, 0.50, "(?:did|has|have) (?:something|anything|someone|anyone|somebody) (?:change|changed|deploy|deployed|ship|shipped|touch|touched|push|pushed)", Askable),
        // Whose assumption was built in: "whoever wrote this assumed the primary is node-1".
        Rule(SenseMaking, 0.50, "assumed|assumes|assumption|takes for granted|took for granted"),
        // Plain causal connectives: "because", "so the", "depends on". Common, so they need company.
        Rule(SenseMaking, 0.45, "because|since (?:it|the|they|we|that)|so (?:a|an|the|it|every|any|each|one)|so it'?s|which is why|as a result|that'?s because|assumes|assuming|expects|depends on|relies on"),
        // Tracing a mechanism: "X is waiting on Y", "reads from the cache", "pins its connection to".
        Rule(SenseMaking, 0.40, "(?:is|are|was|were) (?:waiting on|blocked on|stuck on|talking to|reading from|writing to|pointing at|pointed at|still (?:talking|pointing|following|reading|using))|reads? from|pins? (?:its|the|their)|falls? back|timing out and|instead of the"),

        // ---- Decisions and options: a choice between options ----

        // Laying out options: "options:", "two ways", "option A vs B", "or we could".
        Rule(DecisionsAndOptions, 0.80, @"options?:|options (?:are|were|we have|i see|on the table)|two (?:options|ways|choices|paths|approaches|routes)|three (?:options|ways|choices)|option (?:a|b|1|2|one|two)|plan (?:a|b)|the other option|alternatively|on the table|pros and cons|(?:we|you|i) (?:can|could) either", Askable),
        // Offering an alternative: "or we could", "or I fence the old primary".
        Rule(DecisionsAndOptions, 0.60, @"^or (?:we|i|you)|\bor we (?:could|can)|or i (?:could|can)|we could (?:also|either)|(?:could|can) (?:either|also) ", Askable),
        // Committing to one: "let's go with", "going with", "decided to", "we'll do X, then Y".
        Rule(DecisionsAndOptions, 0.75, "let'?s go with|going with|go with|went with|decided|decision|we'?ll go|we will go|we'?re going to go|opted|opting|chose|choosing|picked|picking|settled on|call is|calling it|i'?m calling|made the call", Askable),
        // Agreeing a plan: "the plan is", "we agreed to", "the call was".
        Rule(DecisionsAndOptions, 0.60, "the plan is|plan:|new plan|change of plan|agreed to|we agreed|consensus is|the call was|we went for|went for", Askable),
        // Steering the response: "let's keep the flag off", "once we're stable", "in parallel".
        Rule(DecisionsAndOptions, 0.55, "(?:then )?let'?s (?:keep|leave|hold|wait|stick|revert|roll ?back|not|freeze|do the|do it|go|try)|we will (?:revert|roll|wait|keep|leave|hold|go|freeze|do)|we'?ll (?:revert|roll back|wait|keep|leave|hold|freeze)|until (?:we'?re|we are|things are|it'?s) stable|once (?:we'?re|we are|it'?s|things are) stable|in parallel|(?:and|then) (?:we|i) (?:look|do|fix|revisit)"),
        // Weighing options by cost or risk: "safer", "cleaner but", "that's a deploy".
        Rule(DecisionsAndOptions, 0.50, "{comparative}|less risk|more risk|(?:but|though) (?:that'?s|it'?s|this is) (?:a|an) (?:deploy|release|restart|rebuild|migration|change)|takes? (?:about |around |roughly |~)?\\d+ ?(?:min|mins|minutes|h|hrs|hours|seconds)|instead", Askable),
        // Putting a choice to the room: "should we freeze deploys?", "rollback or failover", "vs".
        Rule(DecisionsAndOptions, 0.45, @"should we (?:freeze|pause|roll|wait|revert|fail|hold|stop|keep|leave|cordon|drain|page|shift|move|disable|turn)|do we (?:roll|revert|wait|fail|pause)|(?:roll ?back|revert|failover|fail over|cordon|drain) or|vs\.?|versus|trade ?off", Askable),
        // Proposing one course: "I'd drop the partitions and rerun", "my vote is".
        Rule(DecisionsAndOptions, 0.55, "i'?d (?:go with|go for|drop|roll|revert|restart|rebuild|rerun|fail|do|try|start|pick|prefer|suggest|vote|lean|wait|leave|keep)|my vote|i vote|i suggest|i propose|my suggestion|my preference|i recommend|my recommendation|i lean|leaning (?:towards?|to)|lean (?:towards?|to)", Askable),
        // Holding something back on purpose: "hold tonight's patching until", "pause the import until".
        Rule(DecisionsAndOptions, 0.60, @"(?:hold|holding|pause|pausing|freeze|freezing|delay|delaying|postpone|postponing|defer|deferring|park|parking) (?:\S+ ){0,4}until", Askable),
        // Choosing the moment to act: "while traffic is low", "off-peak".
        Rule(DecisionsAndOptions, 0.50, @"while (?:traffic|load|things|it|the \w+) (?:is|are|'s|stays?) (?:low|quiet|calm)|during (?:low|off-?peak|quiet)|off-?peak|quiet (?:period|hours)"),
        // Deviating on purpose: "no phased rollout this time since it's the fix".
        Rule(DecisionsAndOptions, 0.45, "this time (?:since|because|as)|no (?:phased|staged|canary|gradual) (?:rollout|release|ramp)|straight to (?:100|prod|everyone)"),

        // ---- Normal work: what normal looks like, and how this time differed ----

        // Habitual adverbs: "usually", "normally", "typically". Not negated away: "not usually" is still about normal.
        Rule(NormalWork, 0.70, "{usually}", Askable),
        // The normal way, named: "the usual", "business as usual", "par for the course".
        Rule(NormalWork, 0.50, "the usual|the normal way|the standard|as per usual|per usual|par for the course|business as usual", Askable),
        // Recurrence: "every time", "every season this happens", "whenever we deploy".
        Rule(NormalWork, 0.60, "{every} (?:single |other )?{period}|whenever|every so often|all the time|each and every|happens (?:a lot|regularly|often|every)|comes up (?:a lot|regularly|often|every)|this happens|it always|always happens", Askable),
        // "We always", "I always check", "never do it that way".
        Rule(NormalWork, 0.60, "{i} (?:always|never|tend to|generally|mostly|only ever|would normally|would usually|normally|usually)|always (?:the first|first|check|look|start|do|run|test|use)|the first thing (?:i|we) (?:do|check|look at|open)|first (?:thing|place) (?:i|we) (?:check|look|go)", Askable),
        // The way things are done: "our process", "the way we do it", "our practice", "a habit".
        Rule(NormalWork, 0.60, "the way we (?:do|have|handle|always|usually|normally)|how we (?:do|normally|usually|always|handle)|our (?:process|practice|habit|routine|convention|policy|rule|approach)|usual (?:practice|process|routine)|standard (?:practice|procedure|process)|habit|reflex|routine|muscle memory|second nature|rule of thumb|how (?:qa|support|ops|the team|it) works|that matches how", Askable),
        // Recurrence said of the system or other people: "the export always chokes on the 1st", "as always".
        Rule(NormalWork, 0.50, "always|as always|the usual drill|standard drill|what we (?:normally |usually |always )?do is|per our|the normal (?:flow|path|process|way)|tend to|tends to|(?:my|our) usual", Askable),
        // Calendar rhythms: "on the first of the month", "every friday", "month-end".
        Rule(NormalWork, 0.55, "(?:on|at|every|each) the (?:first|last|end|start|beginning) of (?:the|every|each) (?:month|week|quarter|day|year)|(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|weekends)|month[- ]end|end of (?:the )?month", Askable),
        // Asking what normal is: "is it always this slow?", "does it usually spike on mondays?".
        Rule(NormalWork, 0.60, @"always (?:this|that|so|like)|(?:is|does|do|are|was|were) (?:it|this|that|they|the \S+) (?:\S+ )?(?:always|normally|usually|typically|generally)", Askable),
        // How this time differed: "this time", "than usual", "as expected", "by design".
        Rule(NormalWork, 0.40, "this time|than usual|than normal|unlike (?:usual|normal|other)|as expected|expected,|by design|as designed|working as (?:designed|intended)"),

        // ---- Workarounds and skipped steps: how the work actually got done ----

        // Improvised fixes: "hack", "workaround", "bypassed", "hotfix". "no workaround needed" is not one.
        Rule(WorkaroundsAndSkippedSteps, 0.75, "{improvised}", Negatable),
        // Doing by hand what a system would do: "by hand", "manually", "key by key".
        Rule(WorkaroundsAndSkippedSteps, 0.75, "{manual}", Negatable),
        // Leaving out a step of the official way: "skipped the canary", "went straight to", "no PR".
        Rule(WorkaroundsAndSkippedSteps, 0.75, "{skip}", Negatable),
        // Acting without the usual gate: "without a PR", "no change ticket", "outside the process".
        Rule(WorkaroundsAndSkippedSteps, 0.70, "without (?:a |the |any )?{process}|no {process}(?: yet)?(?:,|$| for| needed)|outside (?:the |of the |our )?{process}|(?:didn'?t|did not|never) (?:follow|run|wait for|open|file|do) (?:the |a |an )?{process}|emergency change|break[- ]?glass"),
        // Improvising with force: "cobbled together", "forced it through", "nuked the cache".
        Rule(WorkaroundsAndSkippedSteps, 0.55, "cobbled|improvis(?:e|ed|ing)|rigged|forced (?:it|the|a|through)|force[- ]?(?:pushed|push|restart(?:ed)?|delet(?:e|ed)|kill(?:ed)?|reboot(?:ed)?)|nuked|nuking|/etc/hosts|hosts file|pinned (?:the|it|to)", Negatable),
        // Paperwork after the fact: "will PR after", "do the paperwork retroactively", "backfill the ticket".
        Rule(WorkaroundsAndSkippedSteps, 0.70, "retroactively|after the fact|(?:backfill|follow up with|catch up on|raise|open|do) the (?:pr|ticket|paperwork|change request|review) (?:after|later|tomorrow|afterwards)|(?:will |i'?ll )?pr (?:it )?(?:after|later|afterwards)|paperwork (?:after|later|retroactively)|reconcile (?:after|later|afterwards)"),
        // Acting around the usual controls: directly in prod, through a console, an override.
        Rule(WorkaroundsAndSkippedSteps, 0.55, "directly (?:in|on|against|into|to|via|through)|straight (?:in|into|on|onto) (?:the|prod|production)|(?:edit|editing|patch|patching|patched|change|changing|set|setting) (?:it |the \\w+ )?(?:directly|live|in prod)|(?:via|through|in|from|using) the (?:admin|vendor|web|management) (?:console|ui|dashboard|api|panel|screen|portal)|override|overrid(?:e|den|ing)|kubectl (?:edit|patch|patching|scale)|not the config repo|out of sync|by-?passing"),
        // Falling back to an older or cruder way: "paper pick lists", "fell back to", "the downtime procedure".
        Rule(WorkaroundsAndSkippedSteps, 0.55, "fell back|falling back|fall back to|downtime procedure|paper|phoning|phone (?:it|them) in|spreadsheet instead|copy[- ]past(?:e|ed|ing)|short[- ]term|for now|stop the bleeding|temporary|temporarily|until (?:monday|tomorrow|the fix|we can|a proper)", Negatable),
        // Quoting the official way, usually just before departing from it: "the runbook says to…".
        Rule(WorkaroundsAndSkippedSteps, 0.45, "the {process} says|per the {process}|according to the {process}|{process} says to|supposed to (?:run|do|wait|follow|file)"),

        // ---- Scripts and tools: things people made or keep ----

        // A personal tool: "my script", "a query I keep", "I have an alias", "the notebook I use".
        Rule(ScriptsAndTools, 0.80, "{mine} {~2}{tool}"),
        // The tool described by its keeper: "a query I keep", "I've got an alias for that", "bookmarked".
        Rule(ScriptsAndTools, 0.75, "{tool} (?:i|we) (?:keep|have|use|wrote|made|built|saved|run|maintain|carry)|{tool} (?:that|which) (?:i|we) (?:keep|wrote|made|built)|i keep (?:a|an|old|the)|i'?ve got (?:a|an) \\w+ for|bookmarked|saved (?:it|a copy|the)|in my (?:notes|history|dotfiles|bashrc|zshrc|drive|workspace|folder)"),
        // A tool someone else left behind: "the wrapper Tom left in the repo", "the script Sam wrote".
        Rule(ScriptsAndTools, 0.65, "{tool} (?:\\S+ )?(?:left|wrote|made|built|shared|added|keeps|maintains|wrote up|put together)|(?:grabbed|got|pulled|dumped|ran|used|fetched|captured|collected|generated|exported) (?:\\S+ ){0,4}(?:with|using|via|through) (?:the|a|my|our|an|\\w+'s)"),
        // Tools named by their use: "for exactly this", "comes in handy", "saved me".
        Rule(ScriptsAndTools, 0.50, "for exactly this|for this exact|exactly for this|comes? in handy|saved me|saves me|(?:checked|confirmed|verified|compared|reproduced|found it|spot-?checking|spot-?checked|check) (?:\\w+ ){0,4}(?:with|using|via) (?:the|a|my|our|an)"),
        // A tool mentioned at all: weak alone, tips a message with other hints.
        Rule(ScriptsAndTools, 0.30, "{tool}|\\w+\\.(?:sh|py|sql|ipynb|ps1|rb|js|jq)|grep|awk|jq|curl|dig|psql|redis-cli|tcpdump|dmesg|strace|promql|sum by|select .{1,40} from|log only|dry run mode|trace view"),

        // ---- Expertise: knowledge some people have and others don't ----

        // Only some people know: "only Rosa knows", "the only one who", "tribal knowledge".
        Rule(Expertise, 0.80, "only (?:\\S+ ){0,4}(?:knows?|knew|know about|understands?|remembers?|has access|have access|can (?:open|access|see|do|fix|get)|really knows?)|(?:the|'s the) only (?:one|person|people|team)|nobody else (?:knows?|can|has)|no one else (?:knows?|can|has)|tribal knowledge|institutional knowledge|bus factor|in (?:his|her|their|my) head|knows? (?:it|this|that|them) (?:best|inside out|well)|only (?:\\w+ )?(?:and|&) (?:i|me)"),
        // Knowledge that never spread: "nobody on the US rota had ever heard of it".
        Rule(Expertise, 0.70, "(?:nobody|no one|no-one|none of us|few people|not many people) (?:\\S+ ){0,4}(?:had |has |have )?(?:ever )?(?:heard of|knew about|knows about|known about|seen|used)"),
        // Knowing from before: "I remember", "last time this happened", "same as the June outage".
        Rule(Expertise, 0.75, "{remember}|from experience|from memory|(?:i'?ve|we'?ve|have|had|i|we) seen (?:this|that|it|these|those) (?:\\S+ ){0,4}before"),
        // Pointing at a previous incident: "last time this happened", "same shape as the June outage", "learned the hard way".
        Rule(Expertise, 0.70, "last time (?:this|it|we|that|they|i|the|round)|the last time|the same thing (?:happened|hit)|same thing happened|(?:happened|seen (?:this|it)) before|same (?:symptom|shape|pattern|issue|problem|thing) (?:as|in|with|like)|like the (?:\\w+ )?(?:outage|incident|thing) (?:in|last|from|back)|learn(?:ed|t) (?:that |it |this )?the hard way"),
        // Knowing where it comes from: "I only knew to look because", "I did the last renewal", "she wrote the ADR".
        Rule(Expertise, 0.60, "(?:i|we) (?:only )?(?:knew|know) (?:to|because|from|that|it'?s|where|what|how)|how i knew|i did the last|i did it last|i (?:wrote|built|designed|set up) (?:it|that|this|those|these|the)|(?:he|she|they) (?:built|wrote|designed|set up) (?:it|the|that|this)|(?:who|that) wrote the|i found it by|found it by"),
        // Recognising the problem or the person who knows: "I know this one", "she's the go-to".
        Rule(Expertise, 0.70, "i know this one|been here before|(?:i'?ve|we'?ve|i have|we have) (?:dealt with|fixed|debugged|hit|had) (?:this|that|it) before|go-?to (?:person|guy|for)|resident expert|the expert on|(?:he|she|they)'?d know|(?:he|she|they) knows? (?:this|that|it|the|how|where|what)|knows? (?:this|that|the) (?:system|code|service|thing) (?:best|inside out|well)"),
        // How someone came to know: "I only found out by reading the crontab".
        Rule(Expertise, 0.60, "found (?:it |that |this )?out (?:by|from|when|because|that|the hard way)|only found out|found that out|learned (?:it|that|this) (?:from|when|by)|figured (?:it |that |this )?out (?:by|from|when)"),
        // Warnings only someone who has been bitten gives: "careful, the chart overrides that".
        Rule(Expertise, 0.60, @"careful|watch out|beware|gotcha|caveat|word of warning|make sure (?:you|to)|don'?t forget|fun part is|trick is|the catch is|ask me|you can (?:also |just )?(?:ask|check|query|use|run|look|see|grep|find|tell|force)|pro ?tip|tip:"),
        // Correcting from knowledge: "expected, it won't re-point on its own", "hang on, that won't stick".
        Rule(Expertise, 0.45, "expected,|wait,|hang on|hold on|(?:won'?t|will not|doesn'?t|does not) (?:re-?point|stick|survive|work|help)|can'?t help|(?:it|that) doesn'?t,"),

        // ---- Help and coordination: reaching for the right people ----

        // Pulling someone in: "paging", "pulling in", "pinging the owner", "called her at home".
        Rule(HelpAndCoordination, 0.80, "(?<!(?:got|get|gets|getting|was|were|been|be|being) ){summon}(?: (?:@|in |the |their |them|him|her|someone|somebody|whoever|a |an |\\w+ from|on-?call)|$)"),
        // Looking for the right person: "who owns", "who's on call for", "who to call".
        Rule(HelpAndCoordination, 0.80, "who(?:'s| is| are)? (?:owns?|on-?call|on call|knows?|maintains?|responsible|handles?|looks after|can help|has access|wrote|built|is the owner|supports?)|who (?:do|should|can) (?:we|i) (?:call|ask|page|ping|contact|escalate to)|who to (?:call|ask|page|ping|contact)|no idea who|whom to", Askable),
        // Asking for a kind of help: "any db folks around?", "need someone from networking".
        Rule(HelpAndCoordination, 0.60, "need (?:someone|somebody|help|a hand|more hands|eyes|an expert|a \\S+ person) (?:from|with|on|who|that|for)|any \\S+ (?:folks|people|experts?|engineers?|person) (?:around|here|online|awake)|who can (?:help|look|take|check)|(?:can|could) (?:you|someone|somebody) (?:take a look|have a look|help)", Askable),
        // Word that did not travel: "nobody told the data team", "we weren't informed".
        Rule(HelpAndCoordination, 0.60, "(?:nobody|no one|no-one) (?:\\S+ )?(?:told|informed|warned|notified|looped in|called|paged|knew)|(?:wasn'?t|weren'?t|was not|were not) (?:told|informed|warned|notified|looped in)|didn'?t (?:tell|inform|warn|notify|loop in)|without telling"),
        // Ownership talk: "belongs to the fraud team", "not on the ownership sheet", "that's checkout since the reorg".
        Rule(HelpAndCoordination, 0.50, "owns?|owned by|ownership|owner|belongs to|maintainers?|responsible for|their on-?call|on-?call for|on-?call rota|escalation (?:path|list|policy)|the sheet|contact list|phone list", Askable),
        // Getting hold of a person: "could someone call Derek?", "she's on leave", "happy to be called".
        Rule(HelpAndCoordination, 0.60, "(?:could|can|would) (?:someone|somebody|anyone|you) (?:contact|call|reach|ping|page|get hold of|wake)|(?:can|could|would) (?:someone|somebody|anyone) (?:from|in|on|at) (?:the )?\\S+|get hold of|(?:contact|call|reach|ping) (?:him|her|them) (?:at home|directly|on)|(?:call|ring|text) (?:him|her|them)|happy to be called|on leave|out of office|ooo|i will call|i'?ll call|(?:is|are) here now|asked (?:\\w+ )?for help", Askable),

        // ---- Handoffs: work changing hands ----

        // Handing over and taking over: "handing over to", "taking over from step 7", "over to you".
        Rule(Handoffs, 0.85, "{handover}"),
        // Shift boundaries: "end of my shift", "for APAC hours", "day team has it", "I'm off tomorrow".
        Rule(Handoffs, 0.70, "end of (?:my|the|our) (?:shift|day)|my shift|next shift|(?:day|night|morning|evening|late|early|2nd|second|first|1st|3rd) (?:team|shift)|follow[- ]the[- ]sun|for (?:apac|emea|us|eu|uk|the us|the eu) hours|signing off|logging off|going off (?:shift|call)|off (?:tomorrow|tonight|now|shift)|i'?m off|(?:has|have|got) the (?:pager|conn|incident|lead)|whoever (?:is|'s) on(?:-| )?call|for whoever|next on-?call|incoming on-?call|the incoming"),
        // The notes that go with a handoff: "summary:", "where we are:", "nothing manual left in place".
        Rule(Handoffs, 0.45, @"summary:|where (?:we|things) (?:are|stand)|state of play|for context:|left in place|still in place|still (?:on|in) the|outstanding (?:action|item|work)|remaining (?:work|steps)|to pick up"),

        // ---- Pressures and trade-offs: acting under constraints ----

        // Time pressure: "no time to", "before the freeze", "trucks leave at 10", "needs it by 9am".
        Rule(PressuresAndTradeOffs, 0.65, @"no time (?:to|for)|running out of time|clock is ticking|time[- ]?sensitive|urgent|urgently|asap|as soon as possible|before (?:the |our |a )?{deadline}|(?:need|needs|needed|have|has|must|got|due|done|ready|live|fixed|back|out|finish|finished) (?:\S+ ){0,3}by \d{1,2}(?::\d\d)? ?(?:am|pm|et|pt|utc|ct)?|(?:needs?|want|wants|need) (?:it|this|them) (?:live|done|fixed|back|ready|by)|(?:leave|leaves|closes|close|launch|launches|starts|opens|opening|freeze|freezes|cutoff|deadline|due) (?:at|by|in|on) "),
        // A clock running: "in 20 min", "within the hour". Often just a status ETA, so weak.
        Rule(PressuresAndTradeOffs, 0.35, @"in \d+ ?(?:min|mins|minutes|hours)|within (?:the|an) hour"),
        // Named deadlines and freezes: "code freeze", "month-end", "payroll", "go-live".
        Rule(PressuresAndTradeOffs, 0.55, "deadline|cutoff|cut-off|code freeze|change freeze|month[- ]end|quarter[- ]end|year[- ]end|payment run|payroll|go-?live"),
        // People waiting: "customers are waiting", "merchants are escalating", "streamers will care".
        Rule(PressuresAndTradeOffs, 0.65, "{waiting} (?:are |is |will |were |would |keep |have been )?(?:waiting|escalating|asking|care|calling|chasing|angry|upset|furious|blocked|stuck|pinging|screaming|on (?:the phone|hold))|{waiting} (?:who|that) (?:cannot|can'?t)|(?:will|would) miss|on the phone|calls? this morning|(?:are|is|were|been|keep) (?:\\S+ )?(?:waiting|queuing|queueing) (?:on|for)|1[- ]star|one[- ]star|escalat(?:ing|ed|ions)|ticket volume"),
        // Trading one risk for another: "risky but", "rather than", "accept some errors", "a price I'd pay".
        Rule(PressuresAndTradeOffs, 0.70, @"trade[- ]?off|risky,? but|riskier|risk (?:it|of)|(?:take|took|taking|accept|accepted|accepting) (?:the |a |some )?(?:risk|hit|loss|errors|429s|downtime|data loss)|(?:accept|accepted|accepting|tolerate|tolerating|live with|living with|eat|eating) (?:some|a bit of|a few|a little|a higher|a small|more|less|the risk|the hit|the loss|the delay)|lesser (?:risk|evil)|lesser of|at the cost of|at the expense of|price (?:i'?d|we'?d|worth|to pay)|worth (?:the|it)|rather than|i'?d rather|would rather|prefer(?:red)? the (?:faster|safer|quicker)|would prefer|better than nothing|good enough|(?:but|and) (?:we|i) need(?:ed)? the|need the \w+ more", Askable),
        // No room to choose: "we can't afford another hour", "had no choice", "losing orders every minute".
        Rule(PressuresAndTradeOffs, 0.65, "can'?t afford|cannot afford|can'?t wait|cannot wait|no choice|had to choose|forced to|under pressure|breathing down|every minute|losing (?:money|revenue|orders|sales|data|customers)|sla breach|penalt(?:y|ies)|costs? us|too long|that long|store closed|while (?:the )?(?:store|site|shop|app|service) (?:is|was) (?:closed|down)"),
        // Weighing one loss against another: "better to lose an hour of telemetry than brick devices".
        Rule(PressuresAndTradeOffs, 0.70, "better to \\S+ (?:\\S+ ){0,8}than|rather \\S+ (?:\\S+ ){0,6}than|(?:lose|losing|sacrifice|sacrificing|give up|giving up) (?:\\S+ ){0,4}(?:rather than|to save|to keep|to protect|in exchange)", Askable),
        // Constraints that shaped the response: frozen pipelines, single points, competing work.
        Rule(PressuresAndTradeOffs, 0.55, "frozen|freeze|code freeze|change freeze|single node|no redundancy|no headroom|at capacity|short[- ]?staffed|skeleton crew|competing|juggling|at the same time|in the middle of|middle of the night|at this hour|it'?s late|exhausted|eyes are closing"),
        // The hour itself: "it's 3am". A weak hint; "the export finishes by 3am" is normal work.
        Rule(PressuresAndTradeOffs, 0.35, @"[1-5] ?am|[1-5]:\d\d ?am"),

        // ---- Going right: what kept it from getting worse ----

        // Relief: "luckily", "thankfully", "fortunately".
        Rule(GoingRight, 0.70, "{fortunate}"),
        // Naming what helped: "saved us", "lifesaver", "held this together", "kept it from".
        Rule(GoingRight, 0.75, "saved (?:us|the day|the morning|the night|our|me|it|the weekend)|lifesaver|life[- ]saver|saving grace|held (?:this|it|us|things) together|kept (?:it|this|us|things) from|stopped (?:it|this) from|prevented|made (?:this|it) (?:quick|fast|easy|easier|possible|painless)|paid off|did (?:its|their|exactly) (?:job|what)|worked (?:exactly )?(?:as|like) (?:designed|intended|it should)|good thing|glad (?:we|i|that)|thanks to|credit to|is why (?:this|it) (?:was|took|stayed)|is what (?:saved|kept|held|stopped)|what (?:saved|kept|held|helped)"),
        // Safeguards and help that worked: "kicked in", "worked perfectly, nobody even noticed", "caught it early".
        Rule(GoingRight, 0.60, "worked (?:perfectly|flawlessly|beautifully|great|really well|as (?:designed|intended|expected))|(?:nobody|no one) even noticed|no (?:customers?|users?|players?|patients?) (?:even )?noticed|zero (?:customer |user )?impact|kicked in|did the trick|worked like a charm|held up|(?:caught|spotted|flagged) (?:it|this) early|early warning|because we(?:'d| had) |so glad|happy we|the one thing that|good news|silver lining|at least (?:we|the|it)"),
        // Weaker credit: "without it we'd have been down", "clean failover", "went smoothly".
        Rule(GoingRight, 0.50, "(?:existed|was there|were there) at all|without (?:it|that|this|the \\w+),? (?:we|it|this|queues?|the)|(?:clean|smooth|quick|fast) (?:promotion|failover|rollback|recovery|handoff)|worked (?:way )?(?:better|faster) than|went (?:well|smoothly|fine)|nice work on|good job on|great call"),

        // ---- History of the system: how it came to be this way ----

        // Untouched for ages: "nobody has touched it in a year", "never revisited", "since 2021".
        Rule(HistoryOfTheSystem, 0.80, "(?:nobody|no one|no-one|noone) (?:has |had |ever |'s |really )*(?:touched|revisited|looked at|changed|updated|lowered|raised|rotated|questioned|maintained|owned|remembered|knew|cleaned|documented|wrote (?:it |that |this )?down|tested)|never (?:been )?(?:revisited|updated|rotated|lowered|questioned|changed|exercised|cleaned up|removed|touched|tested)|(?:hasn'?t|has not|haven'?t|hadn'?t) been (?:touched|changed|updated|rotated|revisited|tested)|since (?:years|forever)|it was meant to be temporary|meant to be temporary|supposed to be temporary"),
        // Dated by a big change: "since the migration", "after the reorg", "since go-live".
        Rule(HistoryOfTheSystem, 0.75, "(?:since|after|before|during|until|ever since|from) (?:the |our |that |last year'?s |the big )?{era}|{pastTime}"),
        // Where a part came from, said in passing: "…, added during black friday to shed load".
        Rule(HistoryOfTheSystem, 0.55, "(?:(?<=^)|(?<=[,.;:(] ))(?:{change}) (?:in|during|for|by|after|back|as|when|to|from|at|years|ages|long)"),
        // Something was changed at some point: "was raised to 1MB for the invoices", "got moved to tuesdays".
        Rule(HistoryOfTheSystem, 0.55, "(?:was|were|got|has been|had been|have been|been) (?:\\w+ )?{change}(?! (?:now|just now))"),
        // A recent change or an old part: "we shipped a config change", "went out at 2am", "the old vault", "used to".
        Rule(HistoryOfTheSystem, 0.50, "(?:we|they|someone|somebody|security|the vendor|vendor|\\w+ team) (?:pushed|shipped|deployed|rolled out|released|patched|upgraded|migrated|changed|added|switched|bumped|moved|turned on) (?:a |an |the |some |to |at |it )?|went out (?:at|\\d)|went live|patched last night|(?:last night|overnight|yesterday|this morning|earlier today)|(?:the )?(?:old|legacy|original|previous) (?:one|team|cluster|system|server|image|config|cert|version|setup|way|list|channel|vault)|leftover|left over|inherited|tech(?:nical)? debt|used to|back when|predates|pre-?dates|came from"),
        // Origin stories: "back in the day", "never meant for this load", "for historical reasons", "whoever wrote this".
        Rule(HistoryOfTheSystem, 0.70, "back in the day|from the old days|(?:was|were) (?:originally )?(?:designed|built|meant|written|intended) (?:for|when|back|as)|never (?:meant|designed|intended|built) (?:for|to)|bolted on|grew out of|historical reasons|for historical|relic|leftover from|whoever (?:wrote|set up|built|configured|designed|added)|(?:wrote|written|set up|built) (?:this|that|it) (?:originally|years ago)"),
        // Configuration as it stands: "the alert is set at 95%", "defaults to 30s".
        Rule(HistoryOfTheSystem, 0.45, "(?:is|are|was|were) (?:set|configured|hardcoded|hard-coded|pinned|capped|limited) (?:at|to|for)|defaults? to|by default"),
        // Ageing and expiry: "the cert expired", "TTL", "a backfill", "stale".
        Rule(HistoryOfTheSystem, 0.40, "expired|expiry|expiration|expiring|expires|out of date|stale|deprecated|end of life|eol|backfill|migration|reorg|rewrite|refactor|adr|design doc|decision record|exception back then|for years"),
        // The organisation moved on: "a list of people who have all left", "nobody is in anymore".
        Rule(HistoryOfTheSystem, 0.55, "anymore|any more|no longer|(?:who|that) (?:have |has |had )?(?:all |since )?left|(?:someone|people|person|folks|engineers?) who left|doesn'?t exist|don'?t exist|before (?:my|our) time"),

        // ---- Near misses: what nearly happened ----

        // "almost", "nearly", "close call", "dodged a bullet".
        Rule(NearMisses, 0.80, @"{nearly}(?! (?:all|every|everyone|everything|none|no|always|never|entirely|exclusively|certainly|exactly|half|the same|identical|\d))", Negatable),
        // Relief at a near thing: "close shave", "that was close", "phew".
        Rule(NearMisses, 0.60, "close shave|came close|that was close|too close|phew|whew|a scare|scary|could'?ve gone|could have gone"),
        // Luck, as opposed to design: "we got lucky", "lucky that".
        Rule(NearMisses, 0.75, "got lucky|were lucky|was lucky|lucky (?:that|it|we|the|this|there)|by luck|sheer luck|pure luck|lucky break"),
        // What would have happened: "would have lost writes", "that would have been ugly", "was about to".
        Rule(NearMisses, 0.60, "(?:would|could)(?:'ve| have) (?:been|lost|left|doubled|broken|hit|caused|meant|taken|wiped|corrupted|gone|dropped|had)|(?:was|were) (?:just )?about to|came within|within (?:a (?:few|couple of)|\\d+|an?|one) (?:\\S+ )?(?:minutes?|seconds?|hours?|days?|percent|%|gb|mb) of|just in time|in the nick of time|one (?:\\w+ ){0,3}away from|if (?:it|this|that) had (?:been|happened)|a lot worse|much worse|way worse"),
    ];

    private static MomentRule Rule(MomentCategory category, double weight, string pattern, RuleTraits traits = None) =>
        new(category, weight, RulePattern.Compile(pattern), traits);
}
