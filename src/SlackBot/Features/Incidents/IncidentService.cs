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
    IncidentStore incidents,
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
        if (incidents.ActiveIn(channelId) is { } active) return active;
        if (incidents.LatestIn(channelId) is not null) return null;

        var channel = await channels.GetAsync(channelId, cancellationToken);
        if (channel is null || !IsIncidentChannelName(channel.Name)) return null;

        var incident = IncidentLifecycle.Start(channelId, channel.Name, channel.IsPrivate, messageTime, IncidentOrigin.ChannelName);
        incidents.Save(incident);
        LogStarted(incident.Id, channel.Name, IncidentOrigin.ChannelName);
        return incident;
    }

    /// <summary><c>/learn start</c>: treat this channel as an incident from now on (or retitle the active one).</summary>
    public async Task<Incident> StartAsync(string channelId, string? fallbackName, string startedBy, string? title, CancellationToken cancellationToken)
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
            time.GetUtcNow(), IncidentOrigin.StartCommand, startedBy, title);
        incidents.Save(incident);
        LogStarted(incident.Id, incident.ChannelName, IncidentOrigin.StartCommand);
        return incident;
    }

    /// <summary>Resolves the channel's active incident; returns it (resolved), or null when none was active.</summary>
    public Incident? Resolve(string channelId, ResolutionSource via, string? by, DateTimeOffset at)
    {
        if (incidents.ActiveIn(channelId) is not { } active) return null;
        var resolved = IncidentLifecycle.Resolve(active, at, via, by);
        incidents.Save(resolved);
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

    public IReadOnlyList<Incident> All() => incidents.All();

    public void Save(Incident incident) => incidents.Save(incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} started in #{Channel} ({Origin})")]
    private partial void LogStarted(string incidentId, string channel, IncidentOrigin origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} resolved ({Via})")]
    private partial void LogResolved(string incidentId, ResolutionSource via);
}
