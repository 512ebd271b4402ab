namespace SlackBot.Features.Incidents;

/// <summary>
/// The incident's state changes, as pure functions: active → resolved → reviewed; the one way back is a facilitator's
/// reopen (resolved → active), which keeps the undone resolution in <see cref="Incident.PastResolutions"/>.
/// </summary>
public static class IncidentLifecycle
{
    public static Incident Start(string channelId, string channelName, bool isPrivate, DateTimeOffset at, IncidentOrigin origin, string? startedBy = null, string? title = null) => new()
    {
        Id = Incident.IdFor(channelId, at),
        ChannelId = channelId,
        ChannelName = channelName,
        IsPrivate = isPrivate,
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
        Origin = origin,
        Status = IncidentStatus.Active,
        StartedAt = at,
        StartedBy = startedBy,
    };

    /// <summary>
    /// An incident that began with the first message seen in a channel named like one, moved back to an earlier
    /// message that arrived late (a Slack retry): that message was the real first one. Others are unchanged.
    /// </summary>
    public static Incident StartEarlier(Incident incident, DateTimeOffset at) =>
        incident.Origin == IncidentOrigin.ChannelName && at < incident.StartedAt ? incident with { StartedAt = at } : incident;

    /// <summary>Records a person's message; it keeps the incident from going quiet.</summary>
    public static Incident HumanMessage(Incident incident, DateTimeOffset at) =>
        incident.LastHumanMessageAt is { } last && last >= at ? incident : incident with { LastHumanMessageAt = at };

    /// <summary>Resolves an active incident; anything else is returned unchanged.</summary>
    public static Incident Resolve(Incident incident, DateTimeOffset at, ResolutionSource via, string? by) =>
        incident.Status != IncidentStatus.Active
            ? incident
            : incident with { Status = IncidentStatus.Resolved, ResolvedAt = at, ResolvedVia = via, ResolvedBy = by };

    /// <summary>
    /// Makes a resolved (or reviewed) incident active again from <paramref name="at"/>. The reopen counts as a sign of
    /// life, so the quiet-incident job does not resolve it straight back; its questions are planned again after the
    /// next resolution (moments that arrive meanwhile are weighed then). An active incident is returned unchanged.
    /// </summary>
    public static Incident Reopen(Incident incident, DateTimeOffset at, string? by)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Status == IncidentStatus.Active) return incident;
        var undone = new PastResolution
        {
            ResolvedAt = incident.ResolvedAt ?? at,
            ResolvedVia = incident.ResolvedVia,
            ResolvedBy = incident.ResolvedBy,
            ReopenedAt = at,
            ReopenedBy = by,
        };
        return incident with
        {
            Status = IncidentStatus.Active,
            ResolvedAt = null,
            ResolvedVia = null,
            ResolvedBy = null,
            QuestionsPlannedAt = null,
            ReopenedAt = at,
            ReopenedBy = by,
            LastHumanMessageAt = incident.LastHumanMessageAt is { } last && last > at ? last : at,
            PastResolutions = [.. incident.PastResolutions, undone],
        };
    }

    /// <summary>True when an active incident has had no human message for the quiet period.</summary>
    public static bool HasGoneQuiet(Incident incident, DateTimeOffset now, TimeSpan quietPeriod) =>
        incident.Status == IncidentStatus.Active && now - (incident.LastHumanMessageAt ?? incident.StartedAt) >= quietPeriod;

    public static Incident MarkReviewed(Incident incident, DateTimeOffset at) =>
        incident.Status == IncidentStatus.Reviewed ? incident : incident with { Status = IncidentStatus.Reviewed, ReviewedAt = at, ResolvedAt = incident.ResolvedAt ?? at };

    /// <summary>Its questions have been planned: it no longer waits for planning.</summary>
    public static Incident QuestionsPlanned(Incident incident, DateTimeOffset at) =>
        incident.QuestionsPlannedAt is not null ? incident : incident with { QuestionsPlannedAt = at };

    /// <summary>A moment reached the incident after its questions were planned: it waits for a later planning pass.</summary>
    public static Incident MomentArrived(Incident incident) =>
        incident.Status == IncidentStatus.Resolved && incident.QuestionsPlannedAt is not null ? incident with { QuestionsPlannedAt = null } : incident;

    public static Incident Rename(Incident incident, string channelName) => incident with { ChannelName = channelName };
}
