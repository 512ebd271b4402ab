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

    private static readonly Dictionary<MomentCategory, string> Labels = new()
    {
        [MomentCategory.CuesAndNoticing] = "Cues and noticing",
        [MomentCategory.SenseMaking] = "Sense-making",
        [MomentCategory.DecisionsAndOptions] = "Decisions and options",
        [MomentCategory.NormalWork] = "Normal work",
        [MomentCategory.WorkaroundsAndSkippedSteps] = "Workarounds and skipped steps",
        [MomentCategory.ScriptsAndTools] = "Scripts and tools",
        [MomentCategory.Surprises] = "Surprises",
        [MomentCategory.Expertise] = "Expertise",
        [MomentCategory.HelpAndCoordination] = "Help and coordination",
        [MomentCategory.Handoffs] = "Handoffs",
        [MomentCategory.PressuresAndTradeOffs] = "Pressures and trade-offs",
        [MomentCategory.GoingRight] = "Going right",
        [MomentCategory.HistoryOfTheSystem] = "History of the system",
        [MomentCategory.NearMisses] = "Near misses",
    };

    /// <summary>A human label for digests and CLI output, e.g. "Scripts and tools".</summary>
    public static string Label(this MomentCategory category) => Labels[category];
}
