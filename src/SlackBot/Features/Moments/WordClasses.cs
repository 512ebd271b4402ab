namespace SlackBot.Features.Moments;

/// <summary>
/// The vocabulary the rules are written in. A rule says "{i} {didnt} {expect}" rather than listing
/// "I didn't expect", "we never thought", "I did not realise"…: classes of words that play the same part
/// in a sentence, so a rule covers phrasings nobody wrote down. All entries are lower case regex fragments.
/// </summary>
internal static class WordClasses
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        // People speaking for themselves or their team.
        ["i"] = "i|we|i've|we've|i'd|we'd|i'm|we're",

        // Saying something did not happen or was not so, including sloppy chat spellings.
        ["didnt"] = "didn'?t|did not|never|wasn'?t|weren'?t|hadn'?t|had not|wouldn'?t have|would not have",

        // Holding a belief or expectation about how things are.
        ["expect"] = "expect(?:ed|ing)?|anticipat(?:e|ed)|think|thought|assum(?:e|ed)|imagin(?:e|ed)|realis(?:e|ed)|realiz(?:e|ed)|know|knew|aware|suspect(?:ed)?|guess(?:ed)?|predict(?:ed)?",

        // Words people use when the world does not match their picture of it.
        ["strange"] = "weird|weirdly|strange|strangely|odd|oddly|bizarre|unexpected|unexpectedly|surprising|surprisingly|surprised|puzzling|puzzled|confusing|confused|baffling|baffled|mysterious|unusual|funky|wtf|wat|spooky|suspicious|sus",

        // Perception verbs: someone saw or caught a signal.
        ["perceive"] = "noticed|notice|noticing|spotted|spot|spotting|saw|seeing|caught|catching|picked up on|clocked",

        // Movement of a metric.
        ["moved"] = "spiked|spiking|spikes|jumped|jumping|dropped|dropping|plummeted|plummeting|tanked|tanking|surged|surging|climbing|climbed|creeping|crept|doubled|tripled|halved|flatlined|flat|flatlining|dipped|dipping|ballooned|ballooning|skyrocketed|went up|went down|shot up",

        // Where signals show up.
        ["signal"] = "graph|graphs|chart|charts|dashboard|dashboards|panel|panels|metric|metrics|logs?|trace|traces|alert|alerts|alarm|alarms|monitor|monitors|check|checks|probe|probes|canary|synthetics?|status page|heatmap|histogram|crash list|error list|queue|queue depth",

        // Things a person made or keeps to do the work.
        ["tool"] = "script|scripts|query|queries|one-?liner|one-?liners|alias|aliases|bookmark|bookmarks|notebook|notebooks|gist|gists|snippet|snippets|cheat ?sheet|checklist|spreadsheet|sheet|macro|loop|jq filter|saved search|saved view|view|tool|tools|doc|google doc|notes|playbook|runbook|dashboard|template|cron|function|helper|archive|folder|wrapper|profiler|utility|cli|plugin|extension|regex|filter|shortcut|pipeline|awk pipeline|bash loop|toolbox|toolkit",

        // Ownership of a tool: mine, kept, saved, home-made.
        ["mine"] = "my|my own|i keep|i have|i've got|i got|i use|i wrote|i made|i built|i put together|threw together|whipped up|hacked together|knocked up|cooked up|we keep|saved|personal|little|handy|trusty|homemade|home-made|our own|an old|(?!(?:it|that|what|there|here|who|he|she|let|where|how|when|why|everyone|everything|nobody|somebody|someone|one)'s)\\w+'s",

        // Words of doing it outside the official path.
        ["improvised"] = "hack|hacky|hacked|kludge|kludgy|duct ?tape|duct-taped|band-?aid|stopgap|stop-gap|bodge|bodged|workaround|work-around|worked around|work around|working around|got around|get around|bypass|bypassed|bypassing|circumvent(?:ed)?|hotfix|hotfixed|hot-fix|monkey-?patch(?:ed)?|jury-rigged|makeshift|dirty|crude|quick and dirty",

        // Doing by hand what a system would normally do.
        ["manual"] = "by hand|manually|hand-?edited|hand-?patched|hand-?rolled|hand-?crafted|key by key|one by one|row by row|line by line|node by node|host by host",

        // Leaving out a step.
        ["skip"] = "skip|skipped|skipping|skips|bypass|bypassed|jumped straight|went straight|go straight|going straight|ignored|ignoring|left out|cut out",

        // The official way of doing things.
        ["process"] = "runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off",

        // Habitual, normal-work adverbs.
        ["usually"] = "usually|normally|typically|generally|ordinarily|routinely|habitually|customarily|as a rule|most of the time|nine times out of ten|as usual",

        // Regular recurrence.
        ["every"] = "every|each|any",
        ["period"] = "time|times|release|releases|deploy|deploys|deployment|season|week|weekend|month|night|morning|day|year|quarter|sprint|incident|outage|upgrade|patch|rollout|on-?call|shift|run|backfill|restart|failover|launch",

        // Knowing from the past.
        ["remember"] = "remember|remembered|recall|recalled|recognis(?:e|ed)|recogniz(?:e|ed)|reminds me|reminded me|rings a bell|deja vu|déjà vu|seen this before|seen it before|seen that before",

        // Reaching for another person.
        ["summon"] = "paging|paged|pinging|pinged|pulling in|pulled in|pull in|looping in|looped in|loop in|roping in|roped in|bringing in|brought in|calling in|called in|tagging|escalating to|escalated to|reaching out to|reached out to|dragging in|dragged in|waking up|woke up|phoned|calling|called|rang",

        // Work changing hands.
        ["handover"] = "handing over|handing off|handing it over|handing this over|handing the|handing to|handing it to|handing this to|handed over|handed off|handed the|handed it|handover|hand-?off|hand over|hand off|taking over|took over|take over|taken over|picking up from|picked up from|passing (?:it|this|the \\w+) (?:to|over|on)|passed (?:it|this|the \\w+) (?:to|over|on)|over to you|all yours|hand(?:ing|ed)? (?:this|it|that|things|the \\w+) (?:to|over|off)|toss(?:ing|ed)? (?:this|it) (?:over )?to|throw(?:ing)? (?:this|it) over|pass(?:ing|ed)? the baton|tag(?:ging)? out|you'?re up|taking the pager|take the pager|i'?ll pick (?:this|it) up|whoever picks (?:this|it) up",

        // Time and outside pressure.
        ["deadline"] = "deadline|cutoff|cut-off|cut off|close|closes|closing|launch|launches|freeze|code freeze|sale|go-?live|window|sla|slo|demo|board meeting|payroll|payment run|month[- ]end|quarter[- ]end|the weekend",

        // People waiting on the outcome.
        ["waiting"] = "customers|customer|merchants|users|players|streamers|clinicians|patients|claimants|callers|clients|partners|execs|leadership|management|finance|sales|support|the business|drivers|stores|pickers|the floor|the newsroom|ops|everyone",

        // Comparing options by cost or risk.
        ["comparative"] = "safer|riskier|cleaner|faster|quicker|slower|cheaper|simpler|easier|harder|less risky|more risky|less invasive|more invasive|less disruptive|lower risk|higher risk|the lesser",

        // Luck and relief.
        ["fortunate"] = "luckily|thankfully|fortunately|mercifully|happily|thank god|thank goodness|thank heavens",

        // Changes that set the stage.
        ["change"] = "added|introduced|changed|raised|lowered|bumped|moved|migrated|copied|built|written|made|created|switched|disabled|enabled|turned on|turned off|replaced|removed|dropped|upgraded|downgraded|patched|pushed|refreshed|renamed|rewritten|deprecated|decommissioned|set up|configured|hardcoded|hard-coded|pinned|reorganised|reorganized|split",

        // Big past changes people date things by.
        ["era"] = "migration|move|reorg|reorganisation|reorganization|rewrite|re-write|refactor|upgrade|cutover|cut-over|split|merger|acquisition|launch|go-?live|rebrand|redesign|hardware refresh|replatform|re-platform|outage|incident|cleanup|clean-up|consolidation|switch|rollout",

        // A stretch of time in the past.
        ["pastTime"] = "last (?:year|spring|summer|autumn|fall|winter|quarter|month|week|night|release|time)|years? ago|months? ago|weeks? ago|ages ago|a while (?:back|ago)|long ago|back then|at the time|originally|historically|way back|in the early days|(?:in|since|back in|from) (?:19|20)\\d\\d|since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)|q[1-4](?: (?:19|20)?\\d\\d)?",

        // Nearly happened.
        ["nearly"] = "almost|nearly|very nearly|so close|this close|close call|close one|near miss|near-miss|narrowly|a hair away|by a hair|by a whisker|dodged a bullet|dodged the bullet|a whisker",

        // Negators for the negation window.
        ["neg"] = "not|no|never|nothing|nobody|none|without|hardly|barely|neither|nor|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|can'?t|cannot|couldn'?t|shouldn'?t|haven'?t|hasn'?t|hadn'?t|nor",
    };
}
