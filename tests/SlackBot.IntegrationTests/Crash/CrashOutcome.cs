using System.Text.RegularExpressions;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>The end of one run: the data file's state, what reached the fake Slack, all process output, and counts.</summary>
public sealed partial record CrashOutcome(
    EndState State,
    FakeSlackView Slack,
    string Output,
    int EventsAcknowledged,
    int CommandsAcknowledged,
    int InteractionsAcknowledged,
    IReadOnlyList<string> KillPoints,
    int Kills,
    int Redeliveries,
    (string BotToken, string AppToken, string SigningSecret) Secrets)
{
    public int Acknowledged => EventsAcknowledged + CommandsAcknowledged + InteractionsAcknowledged;

    /// <summary>Envelope ids the inbox worker reported processed (its Debug line), once each.</summary>
    public IReadOnlyList<string> ProcessedIds => [.. ProcessedLine().Matches(Output).Select(match => match.Groups[1].Value).Distinct()];

    /// <summary>How many times an envelope was processed again after a kill cut it off before it was marked done.</summary>
    public int Reprocessed => ProcessedLine().Matches(Output).Count - ProcessedIds.Count;

    [GeneratedRegex(@"Processed \S+ \((\S+)\)")]
    private static partial Regex ProcessedLine();
}
