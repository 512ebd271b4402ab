namespace SlackBot.Features.Incidents;

/// <summary>
/// When an incident was going on: from its start to its resolution, open-ended while it is active. A message
/// belongs to the incident whose span holds the message's own time, whenever it is delivered or processed. A reopened
/// incident was not going on between a past resolution and its reopen: messages written then belong to none.
/// </summary>
public static class IncidentSpan
{
    /// <summary>True when <paramref name="at"/> falls within the incident, both ends included.</summary>
    public static bool Contains(Incident incident, DateTimeOffset at)
    {
        // Stored times keep whole milliseconds while Slack timestamps carry microseconds: compare at the coarser
        // grain, so the message that started or resolved an incident still falls inside it after a round trip.
        var instant = Milliseconds(at);
        return Milliseconds(incident.StartedAt) <= instant && (incident.ResolvedAt is not { } resolvedAt || instant <= Milliseconds(resolvedAt)) &&
               !incident.PastResolutions.Any(gap => Milliseconds(gap.ResolvedAt) < instant && instant < Milliseconds(gap.ReopenedAt));
    }

    private static long Milliseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds();
}
