namespace SlackBot.Features.Digests;

/// <summary>
/// A channel that gets the weekly digest, optionally for one team's incidents. <see cref="Id"/> is
/// <c>digest:{channel}</c> or <c>digest:{channel}:{team}</c>: one subscription per channel and team, so subscribing
/// again changes the schedule rather than adding a second digest.
/// </summary>
public sealed record DigestSubscription
{
    public string Id { get; init; } = "";
    public string ChannelId { get; init; } = "";
    /// <summary>Incidents tagged with this team (lower case); null for every incident.</summary>
    public string? Team { get; init; }
    /// <summary>A five-field cron expression, read in <see cref="TimeZone"/>.</summary>
    public string Cron { get; init; } = DigestSchedule.DefaultCron;
    /// <summary>An IANA time zone id, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; init; } = "UTC";
    public string CreatedBy { get; init; } = "";
    /// <summary>Digests are due from this instant on: subscribing never sends last week's digest at once.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public DigestSchedule Schedule => DigestSchedule.FromStored(Cron, TimeZone);

    /// <summary>The scheduler's name for this subscription's job (letters, digits and <c>. _ / -</c>, no <c>:</c>).</summary>
    public string JobName => Team is null ? $"digest/{ChannelId}" : $"digest/{ChannelId}/{DigestTeams.Normalize(Team)}";

    public static string IdFor(string channelId, string? team) => team is null ? $"digest:{channelId}" : $"digest:{channelId}:{team}";
}
