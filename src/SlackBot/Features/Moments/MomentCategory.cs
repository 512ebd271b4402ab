namespace SlackBot.Features.Moments;

/// <summary>
/// The kinds of learning moments, after the facilitation literature (see the README's
/// "How the bot learns" section). The question bank and the digest are keyed by <see cref="MomentCategories.Key"/>.
/// </summary>
public enum MomentCategory
{
    CuesAndNoticing,
    SenseMaking,
    DecisionsAndOptions,
    NormalWork,
    WorkaroundsAndSkippedSteps,
    ScriptsAndTools,
    Surprises,
    Expertise,
    HelpAndCoordination,
    Handoffs,
    PressuresAndTradeOffs,
    GoingRight,
    HistoryOfTheSystem,
    NearMisses,
}

/// <summary>Stable text keys for categories, used in data files (question bank, dev set) and exports.</summary>
public static class MomentCategories
{
    private static readonly Dictionary<MomentCategory, string> Keys = new()
    {
        [MomentCategory.CuesAndNoticing] = "cues-and-noticing",
        [MomentCategory.SenseMaking] = "sense-making",
        [MomentCategory.DecisionsAndOptions] = "decisions-and-options",
        [MomentCategory.NormalWork] = "normal-work",
        [MomentCategory.WorkaroundsAndSkippedSteps] = "workarounds-and-skipped-steps",
        [MomentCategory.ScriptsAndTools] = "scripts-and-tools",
        [MomentCategory.Surprises] = "surprises",
        [MomentCategory.Expertise] = "expertise",
        [MomentCategory.HelpAndCoordination] = "help-and-coordination",
        [MomentCategory.Handoffs] = "handoffs",
        [MomentCategory.PressuresAndTradeOffs] = "pressures-and-trade-offs",
        [MomentCategory.GoingRight] = "going-right",
        [MomentCategory.HistoryOfTheSystem] = "history-of-the-system",
        [MomentCategory.NearMisses] = "near-misses",
    };

    private static readonly Dictionary<string, MomentCategory> ByKey =
        Keys.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<MomentCategory> All { get; } = Enum.GetValues<MomentCategory>();

    public static string Key(this MomentCategory category) => Keys[category];

    public static bool TryParse(string? key, out MomentCategory category) =>
        ByKey.TryGetValue(key?.Trim() ?? "", out category);

    /// <summary>A human label for digests and CLI output, e.g. "Scripts and tools".</summary>
    public static string Label(this MomentCategory category)
    {
        var words = category.Key().Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
