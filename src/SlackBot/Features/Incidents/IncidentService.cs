using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;

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
    TimeProvider time,
    ILogger<IncidentService> logger)
{
    private readonly Regex _channelPattern = new(options.Value.ChannelPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public bool IsIncidentChannelName(string? channelName) => channelName is { Length: > 0 } && _channelPattern.IsMatch(channelName);

    /// <summary>
    /// The incident a message in this channel belongs to: the active one, or (for a channel named like an incident
    /// that never had one) a new one started at the message. Null for other channels and for channels whose
    /// incident is already over.
    /// </summary>
    public async Task<Incident?> IncidentForMessageAsync(string channelId, DateTimeOffset messageTime, CancellationToken cancellationToken)
    {
        if (await incidents.ActiveInAsync(channelId, cancellationToken) is { } active) return active;
        if (await incidents.LatestInAsync(channelId, cancellationToken) is not null) return null;

        var channel = await channels.GetAsync(channelId, cancellationToken);
        if (channel is null || !IsIncidentChannelName(channel.Name)) return null;

        var incident = IncidentLifecycle.Start(channelId, channel.Name, channel.IsPrivate, messageTime, IncidentOrigin.ChannelName);
        await incidents.SaveAsync(incident, cancellationToken);
        LogStarted(incident.Id, channel.Name, IncidentOrigin.ChannelName);
        return incident;
    }

    /// <summary><c>/learn start</c>: treat this channel as an incident from now on (or retitle the active one).</summary>
    public async Task<Incident> StartAsync(string channelId, string? fallbackName, string startedBy, string? title, CancellationToken cancellationToken)
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
            time.GetUtcNow(), IncidentOrigin.StartCommand, startedBy, title);
        await incidents.SaveAsync(incident, cancellationToken);
        LogStarted(incident.Id, incident.ChannelName, IncidentOrigin.StartCommand);
        return incident;
    }

    /// <summary>Resolves the channel's active incident; returns it (resolved), or null when none was active.</summary>
    public async Task<Incident?> ResolveAsync(string channelId, ResolutionSource via, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await incidents.ActiveInAsync(channelId, cancellationToken) is not { } active) return null;
        var resolved = IncidentLifecycle.Resolve(active, at, via, by);
        await incidents.SaveAsync(resolved, cancellationToken);
        LogResolved(resolved.Id, via);
        return resolved;
    }

    public async Task RecordHumanMessageAsync(Incident incident, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var updated = IncidentLifecycle.HumanMessage(incident, at);
        if (!ReferenceEquals(updated, incident)) await incidents.SaveAsync(updated, cancellationToken);
    }

    /// <summary>The incident a facilitator means in this channel: the active one, else the most recent one.</summary>
    public async Task<Incident?> CurrentInAsync(string channelId, CancellationToken cancellationToken) =>
        await incidents.ActiveInAsync(channelId, cancellationToken) ?? await incidents.LatestInAsync(channelId, cancellationToken);

    public Task<Incident?> FindAsync(string incidentId, CancellationToken cancellationToken) => incidents.FindAsync(incidentId, cancellationToken);

    public Task<IReadOnlyList<Incident>> WithStatusAsync(IncidentStatus status, CancellationToken cancellationToken) => incidents.WithStatusAsync(status, cancellationToken);

    public Task<IReadOnlyList<Incident>> AllAsync(CancellationToken cancellationToken) => incidents.AllAsync(cancellationToken);

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken) => incidents.SaveAsync(incident, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} started in #{Channel} ({Origin})")]
    private partial void LogStarted(string incidentId, string channel, IncidentOrigin origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} resolved ({Via})")]
    private partial void LogResolved(string incidentId, ResolutionSource via);
}
