using SlackBot.Testing.Fakes;

namespace SlackBot.LoadTest;

/// <summary>The fake workspace the bot is loaded in: eight people, an incident channel (its name matches the default
/// Incidents:ChannelPattern) and a team channel, everyone a member of both.</summary>
public static class LoadWorkspace
{
    public const string IncidentChannel = "C0LTINC01";
    public const string IncidentChannelName = "inc-2026-12-checkout-latency";
    public const string TeamChannel = "C0LTTEAM1";
    public const string TeamChannelName = "team-payments";

    public static readonly IReadOnlyList<string> Members = [.. Enumerable.Range(1, 8).Select(i => $"U0LT{i:D5}")];

    private static readonly string[] Names = ["alice", "bob", "carol", "dmitri", "emeka", "fatima", "goran", "hiro"];
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Europe/Berlin"];

    public static void Seed(FakeSlack slack)
    {
        ArgumentNullException.ThrowIfNull(slack);
        for (var i = 0; i < Members.Count; i++) slack.AddUser(Members[i], Names[i], Zones[i % Zones.Length]);
        slack.AddChannel(IncidentChannel, IncidentChannelName);
        slack.AddChannel(TeamChannel, TeamChannelName);
        slack.SetChannelMembers(IncidentChannel, [.. Members]);
        slack.SetChannelMembers(TeamChannel, [.. Members]);
    }
}
