using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Storage;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Which channels are incident channels, and the incident operations every entry point shares: a message in a
/// channel named like an incident starts one, <c>/learn start</c> starts one anywhere, and the resolution signals
/// end one.
/// </summary>
public sealed partial class IncidentService(
    IncidentStore incidents,
    ChannelDirectory channels,
    Database database,
    IOptions<IncidentOptions> options,
    ILogger<IncidentService> logger)
{
    private readonly Regex _channelPattern = ConfiguredPattern.Create(options.Value.ChannelPattern);

    public bool IsIncidentChannelName(string? channelName) => channelName is { Length: > 0 } && _channelPattern.IsMatch(channelName);

    /// <summary>
    /// The incident a person's message in this channel belongs to: the one whose span holds the message's own time,
    /// however late it is delivered. In a channel named like an incident that never had one, the message starts one;
    /// a message that arrives late but was written before that first incident's first message becomes its start.
    /// Null for other channels, and for messages written outside every incident (after a resolution: there is no reopen).
    /// </summary>
    public async Task<Incident?> IncidentForMessageAsync(string channelId, DateTimeOffset messageTime, CancellationToken cancellationToken)
    {
        if (incidents.SpanningIn(channelId, messageTime) is { } spanning) return spanning;
        if (incidents.EarliestIn(channelId) is { } earliest)
        {
            var backdated = IncidentLifecycle.StartEarlier(earliest, messageTime);
            if (ReferenceEquals(backdated, earliest)) return null;
            incidents.Save(backdated);
            LogStartedEarlier(backdated.Id, messageTime);
            return backdated;
        }

        var channel = await channels.GetAsync(channelId, cancellationToken);
        if (channel is null || !IsIncidentChannelName(channel.Name)) return null;

        var incident = IncidentLifecycle.Start(channelId, channel.Name, channel.IsPrivate, messageTime, IncidentOrigin.ChannelName);
        incidents.Save(incident);
        LogStarted(incident.Id, channel.Name, IncidentOrigin.ChannelName);
        return incident;
    }

    /// <summary>The channel's incident whose span holds <paramref name="at"/>, in any state; null outside every incident.</summary>
    public Incident? IncidentAt(string channelId, DateTimeOffset at) => incidents.SpanningIn(channelId, at);

    /// <summary>
    /// The incident a reaction on a message ties it to: the one the message was written in, or, for a message
    /// written before the channel's active incident began (it was started late, with <c>/learn start</c>), that
    /// active incident: someone pointing at it now says it belongs.
    /// </summary>
    public Incident? IncidentForReactedMessage(string channelId, DateTimeOffset messageTime) =>
        incidents.SpanningIn(channelId, messageTime)
        ?? (incidents.ActiveIn(channelId) is { } active && messageTime < active.StartedAt ? active : null);

    /// <summary><c>/learn start</c>: treat this channel as an incident from <paramref name="at"/> on (or retitle the active one).</summary>
    public async Task<Incident> StartAsync(string channelId, string? fallbackName, string startedBy, string? title, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (incidents.ActiveIn(channelId) is { } active)
        {
            if (string.IsNullOrWhiteSpace(title)) return active;
            var retitled = active with { Title = title.Trim() };
            incidents.Save(retitled);
            return retitled;
        }

        var channel = await channels.GetAsync(channelId, cancellationToken);
        var incident = IncidentLifecycle.Start(channelId, channel?.Name ?? fallbackName ?? channelId, channel?.IsPrivate ?? false,
            at, IncidentOrigin.StartCommand, startedBy, title);
        incidents.Save(incident);
        LogStarted(incident.Id, incident.ChannelName, IncidentOrigin.StartCommand);
        return incident;
    }

    /// <summary>Resolves the channel's active incident; returns it (resolved), or null when none was active.</summary>
    public Incident? Resolve(string channelId, ResolutionSource via, string? by, DateTimeOffset at) =>
        incidents.ActiveIn(channelId) is { } active ? Resolve(active, via, by, at) : null;

    /// <summary>Resolves this incident if it is still active (a late "all clear" must not end a newer one); null otherwise.</summary>
    public Incident? Resolve(Incident incident, ResolutionSource via, string? by, DateTimeOffset at)
    {
        if (incidents.Find(incident.Id) is not { Status: IncidentStatus.Active } active) return null;
        var resolved = IncidentLifecycle.Resolve(active, at, via, by);
        database.Write(() => incidents.Save(resolved));
        LogResolved(resolved.Id, via);
        return resolved;
    }

    public void RecordHumanMessage(Incident incident, DateTimeOffset at)
    {
        var updated = IncidentLifecycle.HumanMessage(incident, at);
        if (!ReferenceEquals(updated, incident)) incidents.Save(updated);
    }

    /// <summary>The incident a facilitator means in this channel: the active one, else the most recent one.</summary>
    public Incident? CurrentIn(string channelId) => incidents.ActiveIn(channelId) ?? incidents.LatestIn(channelId);

    public Incident? Find(string incidentId) => incidents.Find(incidentId);

    public IReadOnlyList<Incident> WithStatus(IncidentStatus status) => incidents.WithStatus(status);

    /// <summary>Resolved incidents whose questions are not planned yet, resolved at or before <paramref name="resolvedBy"/>.</summary>
    public IReadOnlyList<Incident> AwaitingQuestions(DateTimeOffset resolvedBy) => incidents.AwaitingQuestions(resolvedBy);

    /// <summary>Records that the incident's questions were planned (joins the caller's transaction, if any).</summary>
    public void MarkQuestionsPlanned(string incidentId, DateTimeOffset at) => database.Write(() =>
    {
        // Read again here: the incident may have changed since the caller read it.
        if (incidents.Find(incidentId) is { } current) incidents.Save(IncidentLifecycle.QuestionsPlanned(current, at));
    });

    /// <summary>A moment was recorded for the incident; one that comes after planning queues it for a later pass.</summary>
    public void MomentArrived(string incidentId) => database.Write(() =>
    {
        if (incidents.Find(incidentId) is { } current && IncidentLifecycle.MomentArrived(current) is var updated && !ReferenceEquals(updated, current))
            incidents.Save(updated);
    });

    public IReadOnlyList<Incident> All() => incidents.All();

    public void Save(Incident incident) => incidents.Save(incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} started in #{Channel} ({Origin})")]
    private partial void LogStarted(string incidentId, string channel, IncidentOrigin origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} now starts at {StartedAt:o}, with a message delivered late")]
    private partial void LogStartedEarlier(string incidentId, DateTimeOffset startedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} resolved ({Via})")]
    private partial void LogResolved(string incidentId, ResolutionSource via);
}
