using System.Text.RegularExpressions;

namespace SlackBot.Features.Moments;

/// <summary>
/// One kind of language that marks a learning moment: a pattern over words and word classes, the
/// category it points to, and how much a match says on its own (0..1; matches combine, so several weak
/// hints can add up to a moment while one weak hint does not).
/// </summary>
internal sealed record MomentRule(MomentCategory Category, double Weight, Regex Pattern, RuleTraits Traits);

/// <summary>How context changes what a match means.</summary>
[Flags]
internal enum RuleTraits
{
    None = 0,

    /// <summary>A negator just before the match turns it around: "not weird at all", "no workaround needed".</summary>
    Negatable = 1,

    /// <summary>Still a moment when asked: "is it usually this slow?", "who owns the schema?".</summary>
    Askable = 2,
}
