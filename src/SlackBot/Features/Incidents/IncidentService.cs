using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Workspace;

namespace SlackBot.Features.Incidents;

/// <summary>
/// Which channels are incident channels, and the incident operations every entry point shares: a message in a
/// channel named like an incident starts one, <c>/learn start</c> starts one anywhere, and the resolution signals
/// end one.
/// </summary>
public sealed partial class IncidentService(
    IIncidentStore incidents,
    ChannelDirectory channels,
    IOptions<IncidentOptions> options,
    ILogger<IncidentService> logger)
{
    private readonly Regex _channelPattern = ConfiguredPattern.Create(options.Value.ChannelPattern);

    private TimeSpan LastMessageResolution => TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerMinute, options.Value.QuietPeriod.Ticks / 720));

    public bool IsIncidentChannelName(string? channelName) => channelName is { Length: > 0 } && _channelPattern.IsMatch(channelName);

    /// <summary>
    /// The incident a person's message in this channel belongs to: the one whose span holds the message's own time,
    /// however late it is delivered. In a channel named like an incident that never had one, the message starts one;
    /// a message that arrives late but was written before that first incident's first message becomes its start.
    /// Null for other channels, and for messages written outside every incident (after a resolution, or between a resolution and a reopen).
    /// </summary>
    public async Task<Incident?> IncidentForMessageAsync(string channelId, DateTimeOffset messageTime, CancellationToken cancellationToken)
    {
        if (await incidents.SpanningInAsync(channelId, messageTime, cancellationToken) is { } spanning) return spanning;
        if (await incidents.EarliestInAsync(channelId, cancellationToken) is { } earliest)
        {
            var backdated = IncidentLifecycle.StartEarlier(earliest, messageTime);
            if (ReferenceEquals(backdated, earliest)) return null;
            await incidents.SaveAsync(backdated, cancellationToken);
            LogStartedEarlier(backdated.Id, messageTime);
            return backdated;
        }

        var channel = await channels.GetAsync(channelId, cancellationToken);
        if (channel is null || !IsIncidentChannelName(channel.Name)) return null;

        var incident = IncidentLifecycle.Start(channelId, channel.Name, channel.IsPrivate, messageTime, IncidentOrigin.ChannelName);
        await incidents.SaveAsync(incident, cancellationToken);
        LogStarted(incident.Id, channel.Name, IncidentOrigin.ChannelName);
        return incident;
    }

    /// <summary>The channel's incident whose span holds <paramref name="at"/>, in any state; null outside every incident.</summary>
    public Task<Incident?> IncidentAtAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken) =>
        incidents.SpanningInAsync(channelId, at, cancellationToken);

    /// <summary>
    /// The incident a reaction on a message ties it to: the one the message was written in, or, for a message
    /// written before the channel's active incident began (it was started late, with <c>/learn start</c>), that
    /// active incident: someone pointing at it now says it belongs.
    /// </summary>
    public async Task<Incident?> IncidentForReactedMessageAsync(string channelId, DateTimeOffset messageTime, CancellationToken cancellationToken) =>
        await incidents.SpanningInAsync(channelId, messageTime, cancellationToken)
        ?? (await incidents.ActiveInAsync(channelId, cancellationToken) is { } active && messageTime < active.StartedAt ? active : null);

    /// <summary><c>/learn start</c>: treat this channel as an incident from <paramref name="at"/> on (or retitle the active one).</summary>
    public async Task<Incident> StartAsync(string channelId, string? fallbackName, string startedBy, string? title, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await incidents.ActiveInAsync(channelId, cancellationToken) is { } active)
        {
            if (string.IsNullOrWhiteSpace(title)) return active;
            var retitled = active with { Title = title.Trim() };
            await incidents.SaveAsync(retitled, cancellationToken);
            return retitled;
        }

        var channel = await channels.GetAsync(channelId, cancellationToken);
        var incident = IncidentLifecycle.Start(channelId, channel?.Name ?? fallbackName ?? channelId, channel?.IsPrivate ?? false,
            at, IncidentOrigin.StartCommand, startedBy, title);
        await incidents.SaveAsync(incident, cancellationToken);
        LogStarted(incident.Id, incident.ChannelName, IncidentOrigin.StartCommand);
        return incident;
    }

    /// <summary>Resolves the channel's active incident; returns it (resolved), or null when none was active.</summary>
    public async Task<Incident?> ResolveAsync(string channelId, ResolutionSource via, string? by, DateTimeOffset at, CancellationToken cancellationToken) =>
        await incidents.ActiveInAsync(channelId, cancellationToken) is { } active ? await ResolveAsync(active, via, by, at, cancellationToken) : null;

    /// <summary>Resolves this incident if it is still active (a late "all clear" must not end a newer one); null otherwise.</summary>
    public async Task<Incident?> ResolveAsync(Incident incident, ResolutionSource via, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await incidents.FindAsync(incident.Id, cancellationToken) is not { Status: IncidentStatus.Active } active) return null;
        var resolved = IncidentLifecycle.Resolve(active, at, via, by);
        await incidents.SaveAsync(resolved, cancellationToken);
        LogResolved(resolved.Id, via);
        return resolved;
    }

    /// <summary>
    /// <c>/learn reopen</c>: the channel's latest incident, if resolved, becomes active again from <paramref name="at"/>.
    /// An active one is left as it is; imported history is never reopened (nobody is asked about it).
    /// </summary>
    public async Task<ReopenResult> ReopenAsync(string channelId, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await incidents.ActiveInAsync(channelId, cancellationToken) is { } active) return new ReopenResult(ReopenOutcome.AlreadyActive, active);
        if (await incidents.LatestInAsync(channelId, cancellationToken) is not { } latest) return new ReopenResult(ReopenOutcome.NoIncident, null);
        if (latest.Origin == IncidentOrigin.Import) return new ReopenResult(ReopenOutcome.Imported, latest);

        var reopened = IncidentLifecycle.Reopen(latest, at, by);
        await incidents.SaveAsync(reopened, cancellationToken);
        LogReopened(reopened.Id, reopened.PastResolutions.Count);
        return new ReopenResult(ReopenOutcome.Reopened, reopened);
    }

    /// <summary>Replaces the incident's team tags (read again first, so a concurrent change to other fields is kept).</summary>
    public async Task<Incident?> TagTeamsAsync(string incidentId, IReadOnlyList<string> teams, CancellationToken cancellationToken)
    {
        if (await incidents.FindAsync(incidentId, cancellationToken) is not { } current) return null;
        var tagged = current with { Teams = [.. teams] };
        await incidents.SaveAsync(tagged, cancellationToken);
        return tagged;
    }

    public async Task RecordHumanMessageAsync(Incident incident, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // A busy channel would otherwise rewrite its incident on every message; the quiet-incident job needs the last
        // sign of life only to a small fraction of its period (a minute of the default 12 hours). Older messages change
        // nothing either.
        if (incident.LastHumanMessageAt is { } last && at - last < LastMessageResolution) return;
        var updated = IncidentLifecycle.HumanMessage(incident, at);
        if (!ReferenceEquals(updated, incident)) await incidents.SaveAsync(updated, cancellationToken);
    }

    /// <summary>The incident a facilitator means in this channel: the active one, else the most recent one.</summary>
    public async Task<Incident?> CurrentInAsync(string channelId, CancellationToken cancellationToken) =>
        await incidents.ActiveInAsync(channelId, cancellationToken) ?? await incidents.LatestInAsync(channelId, cancellationToken);

    public Task<Incident?> FindAsync(string incidentId, CancellationToken cancellationToken) => incidents.FindAsync(incidentId, cancellationToken);

    public Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken) => incidents.WithStatusAsync(status, cancellationToken);

    /// <summary>Resolved incidents whose questions are not planned yet, resolved at or before <paramref name="resolvedBy"/>.</summary>
    public Task<IReadOnlyList<Incident>> AwaitingQuestionsAsync(DateTimeOffset resolvedBy, CancellationToken cancellationToken) =>
        incidents.AwaitingQuestionsAsync(resolvedBy, cancellationToken);

    /// <summary>A moment was recorded for the incident; one that comes after planning queues it for a later pass.</summary>
    public async Task MomentArrivedAsync(string incidentId, CancellationToken cancellationToken)
    {
        if (await incidents.FindAsync(incidentId, cancellationToken) is { } current && IncidentLifecycle.MomentArrived(current) is var updated &&
            !ReferenceEquals(updated, current))
            await incidents.SaveAsync(updated, cancellationToken);
    }

    public Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken) => incidents.AllAsync(cancellationToken);

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken) => incidents.SaveAsync(incident, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} started in #{Channel} ({Origin})")]
    private partial void LogStarted(string incidentId, string channel, IncidentOrigin origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} now starts at {StartedAt:o}, with a message delivered late")]
    private partial void LogStartedEarlier(string incidentId, DateTimeOffset startedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} reopened (time {Count})")]
    private partial void LogReopened(string incidentId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} resolved ({Via})")]
    private partial void LogResolved(string incidentId, ResolutionSource via);
}
