// Written by GeneratedPatternFilesTests from LanguageCheck; do not edit by hand.
using System.Text.RegularExpressions;

namespace SlackBot.Features.Questions;

internal sealed partial record LanguageRule
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
    };

    private const string Pattern001 = @"(?<!\w)(?:why'd|why[\s\-]+did|why[\s\-]+didn't|why[\s\-]+didnt|why[\s\-]+did[\s\-]+not|why[\s\-]+do|why[\s\-]+does|why[\s\-]+doesn't|why[\s\-]+don't|why[\s\-]+dont|why[\s\-]+was|why[\s\-]+wasn't|why[\s\-]+wasnt|why[\s\-]+was[\s\-]+not|why[\s\-]+were|why[\s\-]+weren't|why[\s\-]+werent|why[\s\-]+were[\s\-]+not|why[\s\-]+is|why[\s\-]+isn't|why[\s\-]+are|why[\s\-]+aren't|why[\s\-]+would|why[\s\-]+wouldn't|why[\s\-]+could|why[\s\-]+couldn't|why[\s\-]+should|why[\s\-]+shouldn't|why[\s\-]+have|why[\s\-]+haven't|why[\s\-]+has|why[\s\-]+hasn't|why[\s\-]+had|why[\s\-]+hadn't|why[\s\-]+will|why[\s\-]+won't|why[\s\-]+can|why[\s\-]+can't|why[\s\-]+cannot|why[\s\-]+not)(?!\w)";

    [GeneratedRegex(Pattern001, Options, Timeout.Infinite)]
    private static partial Regex Regex001();

    private const string Pattern002 = @"(?<!\w)(?:should[\s\-]+have|shouldn't[\s\-]+have|should[\s\-]+not[\s\-]+have|should've|shouldn't've|should[\s\-]+of|could[\s\-]+have|couldn't[\s\-]+have|could[\s\-]+not[\s\-]+have|could've|couldn't've|could[\s\-]+of|would[\s\-]+have|wouldn't[\s\-]+have|would[\s\-]+not[\s\-]+have|would've|wouldn't've|would[\s\-]+of|ought[\s\-]+to[\s\-]+have|oughtn't[\s\-]+to[\s\-]+have|failed[\s\-]+to|fail[\s\-]+to|if[\s\-]+only)(?!\w)";

    [GeneratedRegex(Pattern002, Options, Timeout.Infinite)]
    private static partial Regex Regex002();

    private const string Pattern003 = @"(?<!\w)(?:mistakes?|mistaken(?:ly)?|careless(?:ly|ness)?|human[\s\-]+errors?|negligen(?:t|tly|ce)|sloppy|sloppily|sloppiness|faults?(?![\s\-]+(?:toleran\w*|injection|domains?|lines?|isolation|zones?|detection)))(?!\w)";

    [GeneratedRegex(Pattern003, Options, Timeout.Infinite)]
    private static partial Regex Regex003();

    private const string Pattern004 = @"(?<!\w)(?:obvious(?:ly)?|simply|simple|just(?![\s\-]+(?:before|after|now|in[\s\-]+time)(?!\w)))(?!\w)";

    [GeneratedRegex(Pattern004, Options, Timeout.Infinite)]
    private static partial Regex Regex004();

    private const string Pattern005 = @"(?<!\w)(?:root[\s\-]+caus(?:e|es|ed|ing))(?!\w)";

    [GeneratedRegex(Pattern005, Options, Timeout.Infinite)]
    private static partial Regex Regex005();

    private const string Pattern006 = @"(?<!\w)(?:(?:their|his|her|my|your|our|whose|someone's|somebody's|nobody's)[\s\-]+fault|should[\s\-]+have[\s\-]+known|should've[\s\-]+known|should[\s\-]+of[\s\-]+known|should[\s\-]+know[\s\-]+better|knew[\s\-]+better|didn't[\s\-]+bother|didnt[\s\-]+bother|did[\s\-]+not[\s\-]+bother|couldn't[\s\-]+be[\s\-]+bothered|could[\s\-]+not[\s\-]+be[\s\-]+bothered|lazy|laziness|incompeten(?:t|ce|tly)|clueless|reckless(?:ly|ness)?|(?:not|wasn't|weren't|wasnt|werent|isn't|aren't)[\s\-]+paying[\s\-]+attention|(?:messed|screwed|botched|stuffed|cocked)[\s\-]+up|botched|dropped[\s\-]+the[\s\-]+ball|fat[\s\-]+fingere?d?|fatfingere?d?|stupid(?:ity)?|dumb|idiot(?:s|ic)?|blam(?:e|es|ed|ing)|no[\s\-]+excuse|asleep[\s\-]+at[\s\-]+the[\s\-]+wheel)(?!\w)";

    [GeneratedRegex(Pattern006, Options, Timeout.Infinite)]
    private static partial Regex Regex006();

    private const string Pattern007 = @"(?<!\w)(?:obvious(?:ly)?|simply|(?:should|could|would|can|only|have|had)[\s\-]+just|just[\s\-]+(?:had|have|has|needed|need|needs)[\s\-]+to|all[\s\-]+(?:you|they|he|she|we|I|someone|anyone)[\s\-]+(?:had|have|has|needed|need)[\s\-]+to[\s\-]+do)(?!\w)";

    [GeneratedRegex(Pattern007, Options, Timeout.Infinite)]
    private static partial Regex Regex007();
}
