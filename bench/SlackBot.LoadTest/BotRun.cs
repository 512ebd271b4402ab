namespace SlackBot.LoadTest;

/// <summary>One bot process's figures: start-up, memory, its phases and what its store said afterwards.</summary>
public sealed record BotRun(
    string Transport,
    string Storage,
    string ProcessedSource,
    double StartupSeconds,
    double? IdleMegabytes,
    double? AfterMegabytes,
    IReadOnlyList<PhaseMeasurement> Phases,
    StoreVerdict Store,
    int ProcessedDuplicates,
    int ExitCode);
