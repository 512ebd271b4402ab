namespace SlackBot.Features.Incidents;

/// <summary>Someone who wrote in an incident's channel during it, and when they first did.</summary>
public sealed record IncidentWriter(string UserId, DateTimeOffset FirstAt)
{
    /// <summary>One writer per user, the first to write first (ties by user id, so the order is stable).</summary>
    public static IReadOnlyList<IncidentWriter> FirstOf(IEnumerable<(string UserId, DateTimeOffset At)> messages) =>
        messages.GroupBy(message => message.UserId, StringComparer.Ordinal)
            .Select(group => new IncidentWriter(group.Key, group.Min(message => message.At)))
            .OrderBy(writer => writer.FirstAt).ThenBy(writer => writer.UserId, StringComparer.Ordinal)
            .ToList();
}
