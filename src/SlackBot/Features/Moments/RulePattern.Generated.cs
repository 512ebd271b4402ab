// Written by GeneratedPatternFilesTests from MomentRules and WordClasses; do not edit by hand.
using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

internal static partial class RulePattern
{
    private static readonly Dictionary<string, Func<Regex>> Generated = new(StringComparer.Ordinal)
    {
        [Pattern001] = Regex001,
        [Pattern002] = Regex002,
        [Pattern003] = Regex003,
        [Pattern004] = Regex004,
        [Pattern005] = Regex005,
        [Pattern006] = Regex006,
        [Pattern007] = Regex007,
        [Pattern008] = Regex008,
        [Pattern009] = Regex009,
        [Pattern010] = Regex010,
        [Pattern011] = Regex011,
        [Pattern012] = Regex012,
        [Pattern013] = Regex013,
        [Pattern014] = Regex014,
        [Pattern015] = Regex015,
        [Pattern016] = Regex016,
        [Pattern017] = Regex017,
        [Pattern018] = Regex018,
        [Pattern019] = Regex019,
        [Pattern020] = Regex020,
        [Pattern021] = Regex021,
        [Pattern022] = Regex022,
        [Pattern023] = Regex023,
        [Pattern024] = Regex024,
        [Pattern025] = Regex025,
        [Pattern026] = Regex026,
        [Pattern027] = Regex027,
        [Pattern028] = Regex028,
        [Pattern029] = Regex029,
        [Pattern030] = Regex030,
        [Pattern031] = Regex031,
        [Pattern032] = Regex032,
        [Pattern033] = Regex033,
        [Pattern034] = Regex034,
        [Pattern035] = Regex035,
        [Pattern036] = Regex036,
        [Pattern037] = Regex037,
        [Pattern038] = Regex038,
        [Pattern039] = Regex039,
        [Pattern040] = Regex040,
        [Pattern041] = Regex041,
        [Pattern042] = Regex042,
        [Pattern043] = Regex043,
        [Pattern044] = Regex044,
        [Pattern045] = Regex045,
        [Pattern046] = Regex046,
        [Pattern047] = Regex047,
        [Pattern048] = Regex048,
        [Pattern049] = Regex049,
        [Pattern050] = Regex050,
        [Pattern051] = Regex051,
        [Pattern052] = Regex052,
        [Pattern053] = Regex053,
        [Pattern054] = Regex054,
        [Pattern055] = Regex055,
        [Pattern056] = Regex056,
        [Pattern057] = Regex057,
        [Pattern058] = Regex058,
        [Pattern059] = Regex059,
        [Pattern060] = Regex060,
        [Pattern061] = Regex061,
        [Pattern062] = Regex062,
        [Pattern063] = Regex063,
        [Pattern064] = Regex064,
        [Pattern065] = Regex065,
        [Pattern066] = Regex066,
        [Pattern067] = Regex067,
        [Pattern068] = Regex068,
        [Pattern069] = Regex069,
        [Pattern070] = Regex070,
        [Pattern071] = Regex071,
        [Pattern072] = Regex072,
        [Pattern073] = Regex073,
        [Pattern074] = Regex074,
        [Pattern075] = Regex075,
        [Pattern076] = Regex076,
        [Pattern077] = Regex077,
        [Pattern078] = Regex078,
        [Pattern079] = Regex079,
        [Pattern080] = Regex080,
        [Pattern081] = Regex081,
        [Pattern082] = Regex082,
        [Pattern083] = Regex083,
        [Pattern084] = Regex084,
        [Pattern085] = Regex085,
        [Pattern086] = Regex086,
        [Pattern087] = Regex087,
        [Pattern088] = Regex088,
        [Pattern089] = Regex089,
        [Pattern090] = Regex090,
        [Pattern091] = Regex091,
        [Pattern092] = Regex092,
        [Pattern093] = Regex093,
        [Pattern094] = Regex094,
        [Pattern095] = Regex095,
        [Pattern096] = Regex096,
        [Pattern097] = Regex097,
        [Pattern098] = Regex098,
        [Pattern099] = Regex099,
        [Pattern100] = Regex100,
        [Pattern101] = Regex101,
        [Pattern102] = Regex102,
        [Pattern103] = Regex103,
        [Pattern104] = Regex104,
        [Pattern105] = Regex105,
        [Pattern106] = Regex106,
        [Pattern107] = Regex107,
        [Pattern108] = Regex108,
        [Pattern109] = Regex109,
        [Pattern110] = Regex110,
        [Pattern111] = Regex111,
        [Pattern112] = Regex112,
        [Pattern113] = Regex113,
        [Pattern114] = Regex114,
        [Pattern115] = Regex115,
        [Pattern116] = Regex116,
        [Pattern117] = Regex117,
        [Pattern118] = Regex118,
    };

    private const string Pattern001 = @"(?<![\w'])(?:(?:weird|weirdly|strange|strangely|odd|oddly|bizarre|unexpected|unexpectedly|surprising|surprisingly|surprised|puzzling|puzzled|confusing|confused|baffling|baffled|mysterious|unusual|funky|wtf|wat|spooky|suspicious|sus))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern001, Options)]
    private static partial Regex Regex001();

    private const string Pattern002 = @"(?<![\w'])(?:til|today i learned|news to (?:me|us|everyone)|first i'?ve heard|first time i'?ve heard|who knew|learned something|learnt something|i stand corrected)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern002, Options)]
    private static partial Regex Regex002();

    private const string Pattern003 = @"(?<![\w'])(?:(?:(?:i|we|i've|we've|i'd|we'd|i'm|we're) (?:\S+ )?)?(?:didn'?t|did not|never|wasn'?t|weren'?t|hadn'?t|had not|wouldn'?t have|would not have) (?:even |really |ever |for a second )?(?:expect(?:ed|ing)?|anticipat(?:e|ed)|think|thought|assum(?:e|ed)|imagin(?:e|ed)|realis(?:e|ed)|realiz(?:e|ed)|know|knew|aware|suspect(?:ed)?|guess(?:ed)?|predict(?:ed)?))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern003, Options)]
    private static partial Regex Regex003();

    private const string Pattern004 = @"(?<![\w'])(?:(?:had|have) no (?:idea|clue)(?! (?:who|whom))|didn'?t know|did not know|never knew|wasn'?t aware|was not aware|not aware that|didn'?t realis|didn'?t realiz|never realis|never realiz|was not aware)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern004, Options)]
    private static partial Regex Regex004();

    private const string Pattern005 = @"(?<![\w'])(?:than (?:i|we|anyone) (?:had )?(?:expected|thought|assumed|imagined|planned)|not what (?:i|we) (?:expected|thought|assumed)|contrary to)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern005, Options)]
    private static partial Regex Regex005();

    private const string Pattern006 = @"(?<![\w'])(?:(?:i|we|i've|we've|i'd|we'd|i'm|we're) (?:always |had |all )?(?:assumed|figured|understood|was under the impression|were under the impression|was told|were told|believed))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern006, Options)]
    private static partial Regex Regex006();

    private const string Pattern007 = @"(?<![\w'])(?:(?:i|we|i've|we've|i'd|we'd|i'm|we're) (?:always |just )?thought(?! (?:about|of)))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern007, Options)]
    private static partial Regex Regex007();

    private const string Pattern008 = @"(?<![\w'])(?:turns out|turned out|it seems that|apparently|huh,|supposed to be|meant to be|i'?ve never seen|never seen (?:this|that|anything like)|first time (?:i'?ve|we'?ve|i|we) (?:seen|hit|had))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern008, Options)]
    private static partial Regex Regex008();

    private const string Pattern009 = @"(?<![\w'])(?:wait,? what|wait,? really|really\?|how is (?:that|this) (?:even )?possible|how come|how\?\?+|what\?\?+|since when)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern009, Options)]
    private static partial Regex Regex009();

    private const string Pattern010 = @"(?<![\w'])(?:took (?:me |us )?(?:two|three|four|a few|several|many|multiple|\d+) (?:tries|attempts|goes|rounds)|(?:second|third|2nd|3rd) (?:try|attempt))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern010, Options)]
    private static partial Regex Regex010();

    private const string Pattern011 = @"(?<![\w'])(?:surprise|surprised|caught (?:me|us) off guard|took (?:me|us) by surprise|threw (?:me|us)|blindsided)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern011, Options)]
    private static partial Regex Regex011();

    private const string Pattern012 = @"(?<![\w'])(?:that'?s new|this is new|never happened before|hasn'?t happened before|can'?t believe|didn'?t see that coming|did not see that coming|mind[- ]?blown|shocked|no clue (?:why|how|that)|(?:why|how|what) on earth|wild|news to)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern012, Options)]
    private static partial Regex Regex012();

    private const string Pattern013 = @"(?<![\w'])(?:huh|hmm+|hm+|whoa|woah|wow|interesting|oh interesting|fun fact|plot twist|uh oh|uh-oh|oops|ugh)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern013, Options)]
    private static partial Regex Regex013();

    private const string Pattern014 = @"(?<![\w'])(?:(?:i|we|i've|we've|i'd|we'd|i'm|we're) (?:only |first |just |then )?(?:(?:noticed|notice|noticing|spotted|spot|spotting|saw|seeing|caught|catching|picked up on|clocked)|see|am seeing|was seeing|are seeing))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern014, Options)]
    private static partial Regex Regex014();

    private const string Pattern015 = @"(?<![\w'])(?:noticed|spotted|clocked|picked up on|tipped (?:me|us) off|gave it away|what caught my eye|caught my eye|first sign|first clue|the tell)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern015, Options)]
    private static partial Regex Regex015();

    private const string Pattern016 = @"(?<![\w'])(?:(?:customers|customer|merchants|users|players|streamers|clinicians|patients|claimants|callers|clients|partners|execs|leadership|management|finance|sales|support|the business|drivers|stores|pickers|the floor|the newsroom|ops|everyone) (?:are |is |were |keep |started )?(?:reporting|complaining|seeing|getting|saying|calling|hitting|flagging|noticing)|reports of|complaints? (?:about|from|of)|blowing up)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern016, Options)]
    private static partial Regex Regex016();

    private const string Pattern017 = @"(?<![\w'])(?:(?:spiked|spiking|spikes|jumped|jumping|dropped|dropping|plummeted|plummeting|tanked|tanking|surged|surging|climbing|climbed|creeping|crept|doubled|tripled|halved|flatlined|flat|flatlining|dipped|dipping|ballooned|ballooning|skyrocketed|went up|went down|shot up)|rising|growing|increasing|falling|shrinking)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern017, Options)]
    private static partial Regex Regex017();

    private const string Pattern018 = @"(?<![\w'])(?:(?:the |this |that |our |my )?(?:graph|graphs|chart|charts|dashboard|dashboards|panel|panels|metric|metrics|logs?|trace|traces|alert|alerts|alarm|alarms|monitor|monitors|check|checks|probe|probes|canary|synthetics?|status page|heatmap|histogram|crash list|error list|queue|queue depth) (?:shows?|showed|showing|says|said|is showing|was showing|points? to|pointed to|lit up|went red|turned red|going red|gone red|top issue))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern018, Options)]
    private static partial Regex Regex018();

    private const string Pattern019 = @"(?<![\w'])(?:something(?:'s| is| looks| seems| felt| feels) (?:off|wrong|weird|not right|fishy)|doesn'?t look right|didn'?t look right|looks? (?:off|wrong|fishy)|not looking right)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern019, Options)]
    private static partial Regex Regex019();

    private const string Pattern020 = @"(?<![\w'])(?:(?:full of|flooded with|a wall of|a flood of|a bunch of|tons of|lots of|loads of|a spike (?:in|of)|a burst of|a jump in|a drop in) (?:\S+ )?(?:errors?|timeouts?|exceptions?|retries|alerts?|5xx|4xx|429s|500s|503s|failures?|warnings?|requests|complaints|tickets|calls))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern020, Options)]
    private static partial Regex Regex020();

    private const string Pattern021 = @"(?<![\w'])(?:(?:only|just|all|mostly|almost all|exclusively) (?:on|in|for|from|at|the|some|those|these|devices|users|requests|pods|nodes|hosts|customers|merchants|one|two|a few|a handful|\w+ (?:that|which|who|with)))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern021, Options)]
    private static partial Regex Regex021();

    private const string Pattern022 = @"(?<![\w'])(?:(?:are|is|look|looks|seem|seems) (?:fine|normal|ok|okay|healthy|unaffected|green)(?: though| but| while| whereas))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern022, Options)]
    private static partial Regex Regex022();

    private const string Pattern023 = @"(?<![\w'])(?:(?:are|is) the ones?|a (?:tenth|quarter|third|half|fraction) of (?:normal|usual|what)|\d+x (?:normal|the usual|baseline)|(?:instead of|vs\.?|versus) (?:the usual|normal|baseline))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern023, Options)]
    private static partial Regex Regex023();

    private const string Pattern024 = @"(?<![\w'])(?:should (?:be|have|show|see) (?:\w+ )?\d+|(?:expected|expecting) (?:\w+ )?\d+|supposed to (?:be|have) (?:\w+ )?\d+|(?:only|just) (?:has|have|had|shows?|showing|sees?|seeing) \d+|(?:only|just) \d+ (?:of|out of))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern024, Options)]
    private static partial Regex Regex024();

    private const string Pattern025 = @"(?<![\w'])(?:still (?:throwing|failing|erroring|seeing|getting|returning|broken|down|happening|timing out|slow|growing|climbing|rising|crashing|stuck|red|showing))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern025, Options)]
    private static partial Regex Regex025();

    private const string Pattern026 = @"(?<![\w'])(?:(?:graph|graphs|chart|charts|dashboard|dashboards|panel|panels|metric|metrics|logs?|trace|traces|alert|alerts|alarm|alarms|monitor|monitors|check|checks|probe|probes|canary|synthetics?|status page|heatmap|histogram|crash list|error list|queue|queue depth) (?:fired|went off|paged|stayed green|was green|were green|stayed quiet|never fired|didn'?t fire|did not fire|didn'?t alert|didn'?t catch|did not catch|missed|caught)|(?:didn'?t|did not|never|wouldn'?t|would not) (?:catch|alert|fire|notice|page)|caught (?:it|this))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern026, Options)]
    private static partial Regex Regex026();

    private const string Pattern027 = @"(?<![\w'])(?:hidden|buried|hard to (?:find|see|spot)|took (?:me |us )?(?:a while|ages|forever|some time|too long) to (?:find|see|spot|notice)|easy to miss|not a default)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern027, Options)]
    private static partial Regex Regex027();

    private const string Pattern028 = @"(?<![\w'])(?:(?:started|starting|began|since) (?:at |around |about |approx\.? |approximately |~)?\d|keeps? (?:\w+ing)|kept (?:\w+ing)|started a few minutes ago|a few minutes ago)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern028, Options)]
    private static partial Regex Regex028();

    private const string Pattern029 = @"(?<![\w'])(?:broken|stuck|failing|timing out|timeouts?|erroring|crash(?:ing|es|ed)?|hanging|not (?:loading|working|coming|crossing|showing|arriving|responding)|can'?t (?:confirm|log in|sign in|connect|load)|throwing|returning (?:a |an )?(?:error|\d{3})|503s?|500s?|403s?|404s?|429s?)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern029, Options)]
    private static partial Regex Regex029();

    private const string Pattern030 = @"(?<![\w'])(?:i think|i believe|i suspect|i reckon|i guess|my guess|my bet|my theory|my hunch|my money(?:'s| is) on|pretty sure|fairly sure|i'?m sure|(?:pretty|fairly|quite|reasonably) (?:confident|certain)|i'?m confident|probably|most likely|likely|i'?d bet|could it be|could be|might be|may be|must be|maybe|perhaps)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern030, Options)]
    private static partial Regex Regex030();

    private const string Pattern031 = @"(?<![\w'])(?:looks? like|seems? like|sounds? like|smells? like|feels? like|appears? to|seems? to|seemingly)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern031, Options)]
    private static partial Regex Regex031();

    private const string Pattern032 = @"(?<![\w'])(?:(?:could|might|may) be (?:[^\s.!?;]+\s+){0,8}or (?:it'?s |could be |maybe |the )?|either (?:[^\s.!?;]+\s+){0,6}or|one of two things|two (?:theories|hypotheses|possibilities|candidates))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern032, Options)]
    private static partial Regex Regex032();

    private const string Pattern033 = @"(?<![\w'])(?:rul(?:e|ed|ing) out|ruled? (?:it|that|this) out|not the (?:cause|problem|issue|culprit|trigger)|so it'?s not|it'?s not (?:the|load|a|an)|isn'?t the (?:cause|problem|issue)|narrow(?:ed|ing)? (?:it |this )?down|exonerat|eliminat(?:e|ed|ing)|crossed off|off the list)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern033, Options)]
    private static partial Regex Regex033();

    private const string Pattern034 = @"(?<![\w'])(?:(?:is|are|looks?|seems?) (?:fine|healthy|clean|green|normal|unaffected)|(?:no|zero) (?:errors|issues|problems|anomalies)|nothing (?:obvious|wrong|unusual|changed))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern034, Options)]
    private static partial Regex Regex034();

    private const string Pattern035 = @"(?<![\w'])(?:that explains|which explains|explains (?:why|the|it)|would explain|that'?s why|that'?d do it|that would do it|that'?s it|there it is|which means|that means|so that means|means that|that fits|fits with|lines? up|lined up|matches|that'?s how|which is how|is how (?:we|it|they|this|that)|would (?:do|cause|explain|trigger|produce) (?:exactly )?(?:that|this|it)|consistent with|correlates?|coincides?|makes sense|the reason (?:is|was)|the (?:cause|culprit|trigger) (?:is|was)|because of|caused by|due to|the result of|that'?s the|which (?:means|leaves|gives|makes|is why|would))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern035, Options)]
    private static partial Regex Regex035();

    private const string Pattern036 = @"(?<![\w'])(?:(?:is|was|are|were|looks like) the (?:culprit|cause|problem|trigger|bottleneck|issue|smoking gun)|red herring|smoking gun|hypothesis|my (?:read|reading|theory|take) (?:is|on)|what'?s happening is|what happened is|the (?:problem|issue|thing) is(?: that)?|(?:all|everything|it all|evidence|this) points? (?:to|at)|a symptom|(?:waits?|waiting|blocks?|blocked|hangs?|hanging) on)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern036, Options)]
    private static partial Regex Regex036();

    private const string Pattern037 = @"(?<![\w'])(?:(?:did|has|have) (?:something|anything|someone|anyone|somebody) (?:change|changed|deploy|deployed|ship|shipped|touch|touched|push|pushed))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern037, Options)]
    private static partial Regex Regex037();

    private const string Pattern038 = @"(?<![\w'])(?:assumed|assumes|assumption|takes for granted|took for granted)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern038, Options)]
    private static partial Regex Regex038();

    private const string Pattern039 = @"(?<![\w'])(?:because|since (?:it|the|they|we|that)|so (?:a|an|the|it|every|any|each|one)|so it'?s|which is why|as a result|that'?s because|assumes|assuming|expects|depends on|relies on)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern039, Options)]
    private static partial Regex Regex039();

    private const string Pattern040 = @"(?<![\w'])(?:(?:is|are|was|were) (?:waiting on|blocked on|stuck on|talking to|reading from|writing to|pointing at|pointed at|still (?:talking|pointing|following|reading|using))|reads? from|pins? (?:its|the|their)|falls? back|timing out and|instead of the)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern040, Options)]
    private static partial Regex Regex040();

    private const string Pattern041 = @"(?<![\w'])(?:options?:|options (?:are|were|we have|i see|on the table)|two (?:options|ways|choices|paths|approaches|routes)|three (?:options|ways|choices)|option (?:a|b|1|2|one|two)|plan (?:a|b)|the other option|alternatively|on the table|pros and cons|(?:we|you|i) (?:can|could) either)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern041, Options)]
    private static partial Regex Regex041();

    private const string Pattern042 = @"(?<![\w'])(?:^or (?:we|i|you)|\bor we (?:could|can)|or i (?:could|can)|we could (?:also|either)|(?:could|can) (?:either|also) )(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern042, Options)]
    private static partial Regex Regex042();

    private const string Pattern043 = @"(?<![\w'])(?:let'?s go with|going with|go with|went with|decided|decision|we'?ll go|we will go|we'?re going to go|opted|opting|chose|choosing|picked|picking|settled on|call is|calling it|i'?m calling|made the call)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern043, Options)]
    private static partial Regex Regex043();

    private const string Pattern044 = @"(?<![\w'])(?:the plan is|plan:|new plan|change of plan|agreed to|we agreed|consensus is|the call was|we went for|went for)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern044, Options)]
    private static partial Regex Regex044();

    private const string Pattern045 = @"(?<![\w'])(?:(?:then )?let'?s (?:keep|leave|hold|wait|stick|revert|roll ?back|not|freeze|do the|do it|go|try)|we will (?:revert|roll|wait|keep|leave|hold|go|freeze|do)|we'?ll (?:revert|roll back|wait|keep|leave|hold|freeze)|until (?:we'?re|we are|things are|it'?s) stable|once (?:we'?re|we are|it'?s|things are) stable|in parallel|(?:and|then) (?:we|i) (?:look|do|fix|revisit))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern045, Options)]
    private static partial Regex Regex045();

    private const string Pattern046 = @"(?<![\w'])(?:(?:safer|riskier|cleaner|faster|quicker|slower|cheaper|simpler|easier|harder|less risky|more risky|less invasive|more invasive|less disruptive|lower risk|higher risk|the lesser)|less risk|more risk|(?:but|though) (?:that'?s|it'?s|this is) (?:a|an) (?:deploy|release|restart|rebuild|migration|change)|takes? (?:about |around |roughly |~)?\d+ ?(?:min|mins|minutes|h|hrs|hours|seconds)|instead)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern046, Options)]
    private static partial Regex Regex046();

    private const string Pattern047 = @"(?<![\w'])(?:should we (?:freeze|pause|roll|wait|revert|fail|hold|stop|keep|leave|cordon|drain|page|shift|move|disable|turn)|do we (?:roll|revert|wait|fail|pause)|(?:roll ?back|revert|failover|fail over|cordon|drain) or|vs\.?|versus|trade ?off)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern047, Options)]
    private static partial Regex Regex047();

    private const string Pattern048 = @"(?<![\w'])(?:i'?d (?:go with|go for|drop|roll|revert|restart|rebuild|rerun|fail|do|try|start|pick|prefer|suggest|vote|lean|wait|leave|keep)|my vote|i vote|i suggest|i propose|my suggestion|my preference|i recommend|my recommendation|i lean|leaning (?:towards?|to)|lean (?:towards?|to))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern048, Options)]
    private static partial Regex Regex048();

    private const string Pattern049 = @"(?<![\w'])(?:(?:hold|holding|pause|pausing|freeze|freezing|delay|delaying|postpone|postponing|defer|deferring|park|parking) (?:\S+ ){0,4}until)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern049, Options)]
    private static partial Regex Regex049();

    private const string Pattern050 = @"(?<![\w'])(?:while (?:traffic|load|things|it|the \w+) (?:is|are|'s|stays?) (?:low|quiet|calm)|during (?:low|off-?peak|quiet)|off-?peak|quiet (?:period|hours))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern050, Options)]
    private static partial Regex Regex050();

    private const string Pattern051 = @"(?<![\w'])(?:this time (?:since|because|as)|no (?:phased|staged|canary|gradual) (?:rollout|release|ramp)|straight to (?:100|prod|everyone))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern051, Options)]
    private static partial Regex Regex051();

    private const string Pattern052 = @"(?<![\w'])(?:(?:usually|normally|typically|generally|ordinarily|routinely|habitually|customarily|as a rule|most of the time|nine times out of ten|as usual))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern052, Options)]
    private static partial Regex Regex052();

    private const string Pattern053 = @"(?<![\w'])(?:the usual|the normal way|the standard|as per usual|per usual|par for the course|business as usual)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern053, Options)]
    private static partial Regex Regex053();

    private const string Pattern054 = @"(?<![\w'])(?:(?:every|each|any) (?:single |other )?(?:time|times|release|releases|deploy|deploys|deployment|season|week|weekend|month|night|morning|day|year|quarter|sprint|incident|outage|upgrade|patch|rollout|on-?call|shift|run|backfill|restart|failover|launch)|whenever|every so often|all the time|each and every|happens (?:a lot|regularly|often|every)|comes up (?:a lot|regularly|often|every)|this happens|it always|always happens)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern054, Options)]
    private static partial Regex Regex054();

    private const string Pattern055 = @"(?<![\w'])(?:(?:i|we|i've|we've|i'd|we'd|i'm|we're) (?:always|never|tend to|generally|mostly|only ever|would normally|would usually|normally|usually)|always (?:the first|first|check|look|start|do|run|test|use)|the first thing (?:i|we) (?:do|check|look at|open)|first (?:thing|place) (?:i|we) (?:check|look|go))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern055, Options)]
    private static partial Regex Regex055();

    private const string Pattern056 = @"(?<![\w'])(?:the way we (?:do|have|handle|always|usually|normally)|how we (?:do|normally|usually|always|handle)|our (?:process|practice|habit|routine|convention|policy|rule|approach)|usual (?:practice|process|routine)|standard (?:practice|procedure|process)|habit|reflex|routine|muscle memory|second nature|rule of thumb|how (?:qa|support|ops|the team|it) works|that matches how)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern056, Options)]
    private static partial Regex Regex056();

    private const string Pattern057 = @"(?<![\w'])(?:always|as always|the usual drill|standard drill|what we (?:normally |usually |always )?do is|per our|the normal (?:flow|path|process|way)|tend to|tends to|(?:my|our) usual)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern057, Options)]
    private static partial Regex Regex057();

    private const string Pattern058 = @"(?<![\w'])(?:(?:on|at|every|each) the (?:first|last|end|start|beginning) of (?:the|every|each) (?:month|week|quarter|day|year)|(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|weekends)|month[- ]end|end of (?:the )?month)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern058, Options)]
    private static partial Regex Regex058();

    private const string Pattern059 = @"(?<![\w'])(?:always (?:this|that|so|like)|(?:is|does|do|are|was|were) (?:it|this|that|they|the \S+) (?:\S+ )?(?:always|normally|usually|typically|generally))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern059, Options)]
    private static partial Regex Regex059();

    private const string Pattern060 = @"(?<![\w'])(?:this time|than usual|than normal|unlike (?:usual|normal|other)|as expected|expected,|by design|as designed|working as (?:designed|intended))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern060, Options)]
    private static partial Regex Regex060();

    private const string Pattern061 = @"(?<![\w'])(?:(?:hack|hacky|hacked|kludge|kludgy|duct ?tape|duct-taped|band-?aid|stopgap|stop-gap|bodge|bodged|workaround|work-around|worked around|work around|working around|got around|get around|bypass|bypassed|bypassing|circumvent(?:ed)?|hotfix|hotfixed|hot-fix|monkey-?patch(?:ed)?|jury-rigged|makeshift|dirty|crude|quick and dirty))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern061, Options)]
    private static partial Regex Regex061();

    private const string Pattern062 = @"(?<![\w'])(?:(?:by hand|manually|hand-?edited|hand-?patched|hand-?rolled|hand-?crafted|key by key|one by one|row by row|line by line|node by node|host by host))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern062, Options)]
    private static partial Regex Regex062();

    private const string Pattern063 = @"(?<![\w'])(?:(?:skip|skipped|skipping|skips|bypass|bypassed|jumped straight|went straight|go straight|going straight|ignored|ignoring|left out|cut out))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern063, Options)]
    private static partial Regex Regex063();

    private const string Pattern064 = @"(?<![\w'])(?:without (?:a |the |any )?(?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off)|no (?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off)(?: yet)?(?:,|$| for| needed)|outside (?:the |of the |our )?(?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off)|(?:didn'?t|did not|never) (?:follow|run|wait for|open|file|do) (?:the |a |an )?(?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off)|emergency change|break[- ]?glass)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern064, Options)]
    private static partial Regex Regex064();

    private const string Pattern065 = @"(?<![\w'])(?:cobbled|improvis(?:e|ed|ing)|rigged|forced (?:it|the|a|through)|force[- ]?(?:pushed|push|restart(?:ed)?|delet(?:e|ed)|kill(?:ed)?|reboot(?:ed)?)|nuked|nuking|/etc/hosts|hosts file|pinned (?:the|it|to))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern065, Options)]
    private static partial Regex Regex065();

    private const string Pattern066 = @"(?<![\w'])(?:retroactively|after the fact|(?:backfill|follow up with|catch up on|raise|open|do) the (?:pr|ticket|paperwork|change request|review) (?:after|later|tomorrow|afterwards)|(?:will |i'?ll )?pr (?:it )?(?:after|later|afterwards)|paperwork (?:after|later|retroactively)|reconcile (?:after|later|afterwards))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern066, Options)]
    private static partial Regex Regex066();

    private const string Pattern067 = @"(?<![\w'])(?:directly (?:in|on|against|into|to|via|through)|straight (?:in|into|on|onto) (?:the|prod|production)|(?:edit|editing|patch|patching|patched|change|changing|set|setting) (?:it |the \w+ )?(?:directly|live|in prod)|(?:via|through|in|from|using) the (?:admin|vendor|web|management) (?:console|ui|dashboard|api|panel|screen|portal)|override|overrid(?:e|den|ing)|kubectl (?:edit|patch|patching|scale)|not the config repo|out of sync|by-?passing)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern067, Options)]
    private static partial Regex Regex067();

    private const string Pattern068 = @"(?<![\w'])(?:fell back|falling back|fall back to|downtime procedure|paper|phoning|phone (?:it|them) in|spreadsheet instead|copy[- ]past(?:e|ed|ing)|short[- ]term|for now|stop the bleeding|temporary|temporarily|until (?:monday|tomorrow|the fix|we can|a proper))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern068, Options)]
    private static partial Regex Regex068();

    private const string Pattern069 = @"(?<![\w'])(?:the (?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off) says|per the (?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off)|according to the (?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off)|(?:runbook|playbook|process|procedure|checklist|change board|cab|change request|review|approval|canary|staging|dry[- ]?run|pipeline|ticket|pr|sop|the book|change window|sign-?off) says to|supposed to (?:run|do|wait|follow|file))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern069, Options)]
    private static partial Regex Regex069();

    private const string Pattern070 = @"(?<![\w'])(?:(?:my|my own|i keep|i have|i've got|i got|i use|i wrote|i made|i built|i put together|threw together|whipped up|hacked together|knocked up|cooked up|we keep|saved|personal|little|handy|trusty|homemade|home-made|our own|an old|(?!(?:it|that|what|there|here|who|he|she|let|where|how|when|why|everyone|everything|nobody|somebody|someone|one)'s)\w+'s) (?:[^\s.!?;]+\s+){0,2}(?:script|scripts|query|queries|one-?liner|one-?liners|alias|aliases|bookmark|bookmarks|notebook|notebooks|gist|gists|snippet|snippets|cheat ?sheet|checklist|spreadsheet|sheet|macro|loop|jq filter|saved search|saved view|view|tool|tools|doc|google doc|notes|playbook|runbook|dashboard|template|cron|function|helper|archive|folder|wrapper|profiler|utility|cli|plugin|extension|regex|filter|shortcut|pipeline|awk pipeline|bash loop|toolbox|toolkit))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern070, Options)]
    private static partial Regex Regex070();

    private const string Pattern071 = @"(?<![\w'])(?:(?:script|scripts|query|queries|one-?liner|one-?liners|alias|aliases|bookmark|bookmarks|notebook|notebooks|gist|gists|snippet|snippets|cheat ?sheet|checklist|spreadsheet|sheet|macro|loop|jq filter|saved search|saved view|view|tool|tools|doc|google doc|notes|playbook|runbook|dashboard|template|cron|function|helper|archive|folder|wrapper|profiler|utility|cli|plugin|extension|regex|filter|shortcut|pipeline|awk pipeline|bash loop|toolbox|toolkit) (?:i|we) (?:keep|have|use|wrote|made|built|saved|run|maintain|carry)|(?:script|scripts|query|queries|one-?liner|one-?liners|alias|aliases|bookmark|bookmarks|notebook|notebooks|gist|gists|snippet|snippets|cheat ?sheet|checklist|spreadsheet|sheet|macro|loop|jq filter|saved search|saved view|view|tool|tools|doc|google doc|notes|playbook|runbook|dashboard|template|cron|function|helper|archive|folder|wrapper|profiler|utility|cli|plugin|extension|regex|filter|shortcut|pipeline|awk pipeline|bash loop|toolbox|toolkit) (?:that|which) (?:i|we) (?:keep|wrote|made|built)|i keep (?:a|an|old|the)|i'?ve got (?:a|an) \w+ for|bookmarked|saved (?:it|a copy|the)|in my (?:notes|history|dotfiles|bashrc|zshrc|drive|workspace|folder))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern071, Options)]
    private static partial Regex Regex071();

    private const string Pattern072 = @"(?<![\w'])(?:(?:script|scripts|query|queries|one-?liner|one-?liners|alias|aliases|bookmark|bookmarks|notebook|notebooks|gist|gists|snippet|snippets|cheat ?sheet|checklist|spreadsheet|sheet|macro|loop|jq filter|saved search|saved view|view|tool|tools|doc|google doc|notes|playbook|runbook|dashboard|template|cron|function|helper|archive|folder|wrapper|profiler|utility|cli|plugin|extension|regex|filter|shortcut|pipeline|awk pipeline|bash loop|toolbox|toolkit) (?:\S+ )?(?:left|wrote|made|built|shared|added|keeps|maintains|wrote up|put together)|(?:grabbed|got|pulled|dumped|ran|used|fetched|captured|collected|generated|exported) (?:\S+ ){0,4}(?:with|using|via|through) (?:the|a|my|our|an|\w+'s))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern072, Options)]
    private static partial Regex Regex072();

    private const string Pattern073 = @"(?<![\w'])(?:for exactly this|for this exact|exactly for this|comes? in handy|saved me|saves me|(?:checked|confirmed|verified|compared|reproduced|found it|spot-?checking|spot-?checked|check) (?:\w+ ){0,4}(?:with|using|via) (?:the|a|my|our|an))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern073, Options)]
    private static partial Regex Regex073();

    private const string Pattern074 = @"(?<![\w'])(?:(?:script|scripts|query|queries|one-?liner|one-?liners|alias|aliases|bookmark|bookmarks|notebook|notebooks|gist|gists|snippet|snippets|cheat ?sheet|checklist|spreadsheet|sheet|macro|loop|jq filter|saved search|saved view|view|tool|tools|doc|google doc|notes|playbook|runbook|dashboard|template|cron|function|helper|archive|folder|wrapper|profiler|utility|cli|plugin|extension|regex|filter|shortcut|pipeline|awk pipeline|bash loop|toolbox|toolkit)|\w+\.(?:sh|py|sql|ipynb|ps1|rb|js|jq)|grep|awk|jq|curl|dig|psql|redis-cli|tcpdump|dmesg|strace|promql|sum by|select .{1,40} from|log only|dry run mode|trace view)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern074, Options)]
    private static partial Regex Regex074();

    private const string Pattern075 = @"(?<![\w'])(?:only (?:\S+ ){0,4}(?:knows?|knew|know about|understands?|remembers?|has access|have access|can (?:open|access|see|do|fix|get)|really knows?)|(?:the|'s the) only (?:one|person|people|team)|nobody else (?:knows?|can|has)|no one else (?:knows?|can|has)|tribal knowledge|institutional knowledge|bus factor|in (?:his|her|their|my) head|knows? (?:it|this|that|them) (?:best|inside out|well)|only (?:\w+ )?(?:and|&) (?:i|me))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern075, Options)]
    private static partial Regex Regex075();

    private const string Pattern076 = @"(?<![\w'])(?:(?:nobody|no one|no-one|none of us|few people|not many people) (?:\S+ ){0,4}(?:had |has |have )?(?:ever )?(?:heard of|knew about|knows about|known about|seen|used))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern076, Options)]
    private static partial Regex Regex076();

    private const string Pattern077 = @"(?<![\w'])(?:(?:remember|remembered|recall|recalled|recognis(?:e|ed)|recogniz(?:e|ed)|reminds me|reminded me|rings a bell|deja vu|déjà vu|seen this before|seen it before|seen that before)|from experience|from memory|(?:i'?ve|we'?ve|have|had|i|we) seen (?:this|that|it|these|those) (?:\S+ ){0,4}before)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern077, Options)]
    private static partial Regex Regex077();

    private const string Pattern078 = @"(?<![\w'])(?:last time (?:this|it|we|that|they|i|the|round)|the last time|the same thing (?:happened|hit)|same thing happened|(?:happened|seen (?:this|it)) before|same (?:symptom|shape|pattern|issue|problem|thing) (?:as|in|with|like)|like the (?:\w+ )?(?:outage|incident|thing) (?:in|last|from|back)|learn(?:ed|t) (?:that |it |this )?the hard way)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern078, Options)]
    private static partial Regex Regex078();

    private const string Pattern079 = @"(?<![\w'])(?:(?:i|we) (?:only )?(?:knew|know) (?:to|because|from|that|it'?s|where|what|how)|how i knew|i did the last|i did it last|i (?:wrote|built|designed|set up) (?:it|that|this|those|these|the)|(?:he|she|they) (?:built|wrote|designed|set up) (?:it|the|that|this)|(?:who|that) wrote the|i found it by|found it by)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern079, Options)]
    private static partial Regex Regex079();

    private const string Pattern080 = @"(?<![\w'])(?:i know this one|been here before|(?:i'?ve|we'?ve|i have|we have) (?:dealt with|fixed|debugged|hit|had) (?:this|that|it) before|go-?to (?:person|guy|for)|resident expert|the expert on|(?:he|she|they)'?d know|(?:he|she|they) knows? (?:this|that|it|the|how|where|what)|knows? (?:this|that|the) (?:system|code|service|thing) (?:best|inside out|well))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern080, Options)]
    private static partial Regex Regex080();

    private const string Pattern081 = @"(?<![\w'])(?:found (?:it |that |this )?out (?:by|from|when|because|that|the hard way)|only found out|found that out|learned (?:it|that|this) (?:from|when|by)|figured (?:it |that |this )?out (?:by|from|when))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern081, Options)]
    private static partial Regex Regex081();

    private const string Pattern082 = @"(?<![\w'])(?:careful|watch out|beware|gotcha|caveat|word of warning|make sure (?:you|to)|don'?t forget|fun part is|trick is|the catch is|ask me|you can (?:also |just )?(?:ask|check|query|use|run|look|see|grep|find|tell|force)|pro ?tip|tip:)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern082, Options)]
    private static partial Regex Regex082();

    private const string Pattern083 = @"(?<![\w'])(?:expected,|wait,|hang on|hold on|(?:won'?t|will not|doesn'?t|does not) (?:re-?point|stick|survive|work|help)|can'?t help|(?:it|that) doesn'?t,)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern083, Options)]
    private static partial Regex Regex083();

    private const string Pattern084 = @"(?<![\w'])(?:(?<!(?:got|get|gets|getting|was|were|been|be|being) )(?:paging|paged|pinging|pinged|pulling in|pulled in|pull in|looping in|looped in|loop in|roping in|roped in|bringing in|brought in|calling in|called in|tagging|escalating to|escalated to|reaching out to|reached out to|dragging in|dragged in|waking up|woke up|phoned|calling|called|rang)(?: (?:@|in |the |their |them|him|her|someone|somebody|whoever|a |an |\w+ from|on-?call)|$))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern084, Options)]
    private static partial Regex Regex084();

    private const string Pattern085 = @"(?<![\w'])(?:who(?:'s| is| are)? (?:owns?|on-?call|on call|knows?|maintains?|responsible|handles?|looks after|can help|has access|wrote|built|is the owner|supports?)|who (?:do|should|can) (?:we|i) (?:call|ask|page|ping|contact|escalate to)|who to (?:call|ask|page|ping|contact)|no idea who|whom to)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern085, Options)]
    private static partial Regex Regex085();

    private const string Pattern086 = @"(?<![\w'])(?:need (?:someone|somebody|help|a hand|more hands|eyes|an expert|a \S+ person) (?:from|with|on|who|that|for)|any \S+ (?:folks|people|experts?|engineers?|person) (?:around|here|online|awake)|who can (?:help|look|take|check)|(?:can|could) (?:you|someone|somebody) (?:take a look|have a look|help))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern086, Options)]
    private static partial Regex Regex086();

    private const string Pattern087 = @"(?<![\w'])(?:(?:nobody|no one|no-one) (?:\S+ )?(?:told|informed|warned|notified|looped in|called|paged|knew)|(?:wasn'?t|weren'?t|was not|were not) (?:told|informed|warned|notified|looped in)|didn'?t (?:tell|inform|warn|notify|loop in)|without telling)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern087, Options)]
    private static partial Regex Regex087();

    private const string Pattern088 = @"(?<![\w'])(?:owns?|owned by|ownership|owner|belongs to|maintainers?|responsible for|their on-?call|on-?call for|on-?call rota|escalation (?:path|list|policy)|the sheet|contact list|phone list)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern088, Options)]
    private static partial Regex Regex088();

    private const string Pattern089 = @"(?<![\w'])(?:(?:could|can|would) (?:someone|somebody|anyone|you) (?:contact|call|reach|ping|page|get hold of|wake)|(?:can|could|would) (?:someone|somebody|anyone) (?:from|in|on|at) (?:the )?\S+|get hold of|(?:contact|call|reach|ping) (?:him|her|them) (?:at home|directly|on)|(?:call|ring|text) (?:him|her|them)|happy to be called|on leave|out of office|ooo|i will call|i'?ll call|(?:is|are) here now|asked (?:\w+ )?for help)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern089, Options)]
    private static partial Regex Regex089();

    private const string Pattern090 = @"(?<![\w'])(?:(?:handing over|handing off|handing it over|handing this over|handing the|handing to|handing it to|handing this to|handed over|handed off|handed the|handed it|handover|hand-?off|hand over|hand off|taking over|took over|take over|taken over|picking up from|picked up from|passing (?:it|this|the \w+) (?:to|over|on)|passed (?:it|this|the \w+) (?:to|over|on)|over to you|all yours|hand(?:ing|ed)? (?:this|it|that|things|the \w+) (?:to|over|off)|toss(?:ing|ed)? (?:this|it) (?:over )?to|throw(?:ing)? (?:this|it) over|pass(?:ing|ed)? the baton|tag(?:ging)? out|you'?re up|taking the pager|take the pager|i'?ll pick (?:this|it) up|whoever picks (?:this|it) up))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern090, Options)]
    private static partial Regex Regex090();

    private const string Pattern091 = @"(?<![\w'])(?:end of (?:my|the|our) (?:shift|day)|my shift|next shift|(?:day|night|morning|evening|late|early|2nd|second|first|1st|3rd) (?:team|shift)|follow[- ]the[- ]sun|for (?:apac|emea|us|eu|uk|the us|the eu) hours|signing off|logging off|going off (?:shift|call)|off (?:tomorrow|tonight|now|shift)|i'?m off|(?:has|have|got) the (?:pager|conn|incident|lead)|whoever (?:is|'s) on(?:-| )?call|for whoever|next on-?call|incoming on-?call|the incoming)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern091, Options)]
    private static partial Regex Regex091();

    private const string Pattern092 = @"(?<![\w'])(?:summary:|where (?:we|things) (?:are|stand)|state of play|for context:|left in place|still in place|still (?:on|in) the|outstanding (?:action|item|work)|remaining (?:work|steps)|to pick up)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern092, Options)]
    private static partial Regex Regex092();

    private const string Pattern093 = @"(?<![\w'])(?:no time (?:to|for)|running out of time|clock is ticking|time[- ]?sensitive|urgent|urgently|asap|as soon as possible|before (?:the |our |a )?(?:deadline|cutoff|cut-off|cut off|close|closes|closing|launch|launches|freeze|code freeze|sale|go-?live|window|sla|slo|demo|board meeting|payroll|payment run|month[- ]end|quarter[- ]end|the weekend)|(?:need|needs|needed|have|has|must|got|due|done|ready|live|fixed|back|out|finish|finished) (?:\S+ ){0,3}by \d{1,2}(?::\d\d)? ?(?:am|pm|et|pt|utc|ct)?|(?:needs?|want|wants|need) (?:it|this|them) (?:live|done|fixed|back|ready|by)|(?:leave|leaves|closes|close|launch|launches|starts|opens|opening|freeze|freezes|cutoff|deadline|due) (?:at|by|in|on) )(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern093, Options)]
    private static partial Regex Regex093();

    private const string Pattern094 = @"(?<![\w'])(?:in \d+ ?(?:min|mins|minutes|hours)|within (?:the|an) hour)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern094, Options)]
    private static partial Regex Regex094();

    private const string Pattern095 = @"(?<![\w'])(?:deadline|cutoff|cut-off|code freeze|change freeze|month[- ]end|quarter[- ]end|year[- ]end|payment run|payroll|go-?live)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern095, Options)]
    private static partial Regex Regex095();

    private const string Pattern096 = @"(?<![\w'])(?:(?:customers|customer|merchants|users|players|streamers|clinicians|patients|claimants|callers|clients|partners|execs|leadership|management|finance|sales|support|the business|drivers|stores|pickers|the floor|the newsroom|ops|everyone) (?:are |is |will |were |would |keep |have been )?(?:waiting|escalating|asking|care|calling|chasing|angry|upset|furious|blocked|stuck|pinging|screaming|on (?:the phone|hold))|(?:customers|customer|merchants|users|players|streamers|clinicians|patients|claimants|callers|clients|partners|execs|leadership|management|finance|sales|support|the business|drivers|stores|pickers|the floor|the newsroom|ops|everyone) (?:who|that) (?:cannot|can'?t)|(?:will|would) miss|on the phone|calls? this morning|(?:are|is|were|been|keep) (?:\S+ )?(?:waiting|queuing|queueing) (?:on|for)|1[- ]star|one[- ]star|escalat(?:ing|ed|ions)|ticket volume)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern096, Options)]
    private static partial Regex Regex096();

    private const string Pattern097 = @"(?<![\w'])(?:trade[- ]?off|risky,? but|riskier|risk (?:it|of)|(?:take|took|taking|accept|accepted|accepting) (?:the |a |some )?(?:risk|hit|loss|errors|429s|downtime|data loss)|(?:accept|accepted|accepting|tolerate|tolerating|live with|living with|eat|eating) (?:some|a bit of|a few|a little|a higher|a small|more|less|the risk|the hit|the loss|the delay)|lesser (?:risk|evil)|lesser of|at the cost of|at the expense of|price (?:i'?d|we'?d|worth|to pay)|worth (?:the|it)|rather than|i'?d rather|would rather|prefer(?:red)? the (?:faster|safer|quicker)|would prefer|better than nothing|good enough|(?:but|and) (?:we|i) need(?:ed)? the|need the \w+ more)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern097, Options)]
    private static partial Regex Regex097();

    private const string Pattern098 = @"(?<![\w'])(?:can'?t afford|cannot afford|can'?t wait|cannot wait|no choice|had to choose|forced to|under pressure|breathing down|every minute|losing (?:money|revenue|orders|sales|data|customers)|sla breach|penalt(?:y|ies)|costs? us|too long|that long|store closed|while (?:the )?(?:store|site|shop|app|service) (?:is|was) (?:closed|down))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern098, Options)]
    private static partial Regex Regex098();

    private const string Pattern099 = @"(?<![\w'])(?:better to \S+ (?:\S+ ){0,8}than|rather \S+ (?:\S+ ){0,6}than|(?:lose|losing|sacrifice|sacrificing|give up|giving up) (?:\S+ ){0,4}(?:rather than|to save|to keep|to protect|in exchange))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern099, Options)]
    private static partial Regex Regex099();

    private const string Pattern100 = @"(?<![\w'])(?:frozen|freeze|code freeze|change freeze|single node|no redundancy|no headroom|at capacity|short[- ]?staffed|skeleton crew|competing|juggling|at the same time|in the middle of|middle of the night|at this hour|it'?s late|exhausted|eyes are closing)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern100, Options)]
    private static partial Regex Regex100();

    private const string Pattern101 = @"(?<![\w'])(?:[1-5] ?am|[1-5]:\d\d ?am)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern101, Options)]
    private static partial Regex Regex101();

    private const string Pattern102 = @"(?<![\w'])(?:(?:luckily|thankfully|fortunately|mercifully|happily|thank god|thank goodness|thank heavens))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern102, Options)]
    private static partial Regex Regex102();

    private const string Pattern103 = @"(?<![\w'])(?:saved (?:us|the day|the morning|the night|our|me|it|the weekend)|lifesaver|life[- ]saver|saving grace|held (?:this|it|us|things) together|kept (?:it|this|us|things) from|stopped (?:it|this) from|prevented|made (?:this|it) (?:quick|fast|easy|easier|possible|painless)|paid off|did (?:its|their|exactly) (?:job|what)|worked (?:exactly )?(?:as|like) (?:designed|intended|it should)|good thing|glad (?:we|i|that)|thanks to|credit to|is why (?:this|it) (?:was|took|stayed)|is what (?:saved|kept|held|stopped)|what (?:saved|kept|held|helped))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern103, Options)]
    private static partial Regex Regex103();

    private const string Pattern104 = @"(?<![\w'])(?:worked (?:perfectly|flawlessly|beautifully|great|really well|as (?:designed|intended|expected))|(?:nobody|no one) even noticed|no (?:customers?|users?|players?|patients?) (?:even )?noticed|zero (?:customer |user )?impact|kicked in|did the trick|worked like a charm|held up|(?:caught|spotted|flagged) (?:it|this) early|early warning|because we(?:'d| had) |so glad|happy we|the one thing that|good news|silver lining|at least (?:we|the|it))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern104, Options)]
    private static partial Regex Regex104();

    private const string Pattern105 = @"(?<![\w'])(?:(?:existed|was there|were there) at all|without (?:it|that|this|the \w+),? (?:we|it|this|queues?|the)|(?:clean|smooth|quick|fast) (?:promotion|failover|rollback|recovery|handoff)|worked (?:way )?(?:better|faster) than|went (?:well|smoothly|fine)|nice work on|good job on|great call)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern105, Options)]
    private static partial Regex Regex105();

    private const string Pattern106 = @"(?<![\w'])(?:(?:nobody|no one|no-one|noone) (?:has |had |ever |'s |really )*(?:touched|revisited|looked at|changed|updated|lowered|raised|rotated|questioned|maintained|owned|remembered|knew|cleaned|documented|wrote (?:it |that |this )?down|tested)|never (?:been )?(?:revisited|updated|rotated|lowered|questioned|changed|exercised|cleaned up|removed|touched|tested)|(?:hasn'?t|has not|haven'?t|hadn'?t) been (?:touched|changed|updated|rotated|revisited|tested)|since (?:years|forever)|it was meant to be temporary|meant to be temporary|supposed to be temporary)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern106, Options)]
    private static partial Regex Regex106();

    private const string Pattern107 = @"(?<![\w'])(?:(?:since|after|before|during|until|ever since|from) (?:the |our |that |last year'?s |the big )?(?:migration|move|reorg|reorganisation|reorganization|rewrite|re-write|refactor|upgrade|cutover|cut-over|split|merger|acquisition|launch|go-?live|rebrand|redesign|hardware refresh|replatform|re-platform|outage|incident|cleanup|clean-up|consolidation|switch|rollout)|(?:last (?:year|spring|summer|autumn|fall|winter|quarter|month|week|night|release|time)|years? ago|months? ago|weeks? ago|ages ago|a while (?:back|ago)|long ago|back then|at the time|originally|historically|way back|in the early days|(?:in|since|back in|from) (?:19|20)\d\d|since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)|q[1-4](?: (?:19|20)?\d\d)?))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern107, Options)]
    private static partial Regex Regex107();

    private const string Pattern108 = @"(?<![\w'])(?:(?:(?<=^)|(?<=[,.;:(] ))(?:(?:added|introduced|changed|raised|lowered|bumped|moved|migrated|copied|built|written|made|created|switched|disabled|enabled|turned on|turned off|replaced|removed|dropped|upgraded|downgraded|patched|pushed|refreshed|renamed|rewritten|deprecated|decommissioned|set up|configured|hardcoded|hard-coded|pinned|reorganised|reorganized|split)) (?:in|during|for|by|after|back|as|when|to|from|at|years|ages|long))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern108, Options)]
    private static partial Regex Regex108();

    private const string Pattern109 = @"(?<![\w'])(?:(?:was|were|got|has been|had been|have been|been) (?:\w+ )?(?:added|introduced|changed|raised|lowered|bumped|moved|migrated|copied|built|written|made|created|switched|disabled|enabled|turned on|turned off|replaced|removed|dropped|upgraded|downgraded|patched|pushed|refreshed|renamed|rewritten|deprecated|decommissioned|set up|configured|hardcoded|hard-coded|pinned|reorganised|reorganized|split)(?! (?:now|just now)))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern109, Options)]
    private static partial Regex Regex109();

    private const string Pattern110 = @"(?<![\w'])(?:(?:we|they|someone|somebody|security|the vendor|vendor|\w+ team) (?:pushed|shipped|deployed|rolled out|released|patched|upgraded|migrated|changed|added|switched|bumped|moved|turned on) (?:a |an |the |some |to |at |it )?|went out (?:at|\d)|went live|patched last night|(?:last night|overnight|yesterday|this morning|earlier today)|(?:the )?(?:old|legacy|original|previous) (?:one|team|cluster|system|server|image|config|cert|version|setup|way|list|channel|vault)|leftover|left over|inherited|tech(?:nical)? debt|used to|back when|predates|pre-?dates|came from)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern110, Options)]
    private static partial Regex Regex110();

    private const string Pattern111 = @"(?<![\w'])(?:back in the day|from the old days|(?:was|were) (?:originally )?(?:designed|built|meant|written|intended) (?:for|when|back|as)|never (?:meant|designed|intended|built) (?:for|to)|bolted on|grew out of|historical reasons|for historical|relic|leftover from|whoever (?:wrote|set up|built|configured|designed|added)|(?:wrote|written|set up|built) (?:this|that|it) (?:originally|years ago))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern111, Options)]
    private static partial Regex Regex111();

    private const string Pattern112 = @"(?<![\w'])(?:(?:is|are|was|were) (?:set|configured|hardcoded|hard-coded|pinned|capped|limited) (?:at|to|for)|defaults? to|by default)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern112, Options)]
    private static partial Regex Regex112();

    private const string Pattern113 = @"(?<![\w'])(?:expired|expiry|expiration|expiring|expires|out of date|stale|deprecated|end of life|eol|backfill|migration|reorg|rewrite|refactor|adr|design doc|decision record|exception back then|for years)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern113, Options)]
    private static partial Regex Regex113();

    private const string Pattern114 = @"(?<![\w'])(?:anymore|any more|no longer|(?:who|that) (?:have |has |had )?(?:all |since )?left|(?:someone|people|person|folks|engineers?) who left|doesn'?t exist|don'?t exist|before (?:my|our) time)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern114, Options)]
    private static partial Regex Regex114();

    private const string Pattern115 = @"(?<![\w'])(?:(?:almost|nearly|very nearly|so close|this close|close call|close one|near miss|near-miss|narrowly|a hair away|by a hair|by a whisker|dodged a bullet|dodged the bullet|a whisker)(?! (?:all|every|everyone|everything|none|no|always|never|entirely|exclusively|certainly|exactly|half|the same|identical|\d)))(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern115, Options)]
    private static partial Regex Regex115();

    private const string Pattern116 = @"(?<![\w'])(?:close shave|came close|that was close|too close|phew|whew|a scare|scary|could'?ve gone|could have gone)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern116, Options)]
    private static partial Regex Regex116();

    private const string Pattern117 = @"(?<![\w'])(?:got lucky|were lucky|was lucky|lucky (?:that|it|we|the|this|there)|by luck|sheer luck|pure luck|lucky break)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern117, Options)]
    private static partial Regex Regex117();

    private const string Pattern118 = @"(?<![\w'])(?:(?:would|could)(?:'ve| have) (?:been|lost|left|doubled|broken|hit|caused|meant|taken|wiped|corrupted|gone|dropped|had)|(?:was|were) (?:just )?about to|came within|within (?:a (?:few|couple of)|\d+|an?|one) (?:\S+ )?(?:minutes?|seconds?|hours?|days?|percent|%|gb|mb) of|just in time|in the nick of time|one (?:\w+ ){0,3}away from|if (?:it|this|that) had (?:been|happened)|a lot worse|much worse|way worse)(?:(?<=[\s@#])|(?![\w']))";

    [GeneratedRegex(Pattern118, Options)]
    private static partial Regex Regex118();
}
