namespace SlackBot.IntegrationTests.Crash;

/// <summary>The end of one run: the data file's state, what reached the fake Slack, all process output, and counts.</summary>
public sealed record CrashOutcome(
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
}
