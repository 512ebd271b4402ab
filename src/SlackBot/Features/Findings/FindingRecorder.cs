using Microsoft.Extensions.Logging;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Telemetry;

namespace SlackBot.Features.Findings;

/// <summary>
/// Turns drafts into findings: adds the permalink, the incident's name, whether the channel is private, themes and
/// the blame flags of the language check. Recording the same id again updates the text and keeps the history; a
/// finding its author withdrew is not recorded again (the store refuses it too).
/// </summary>
public sealed partial class FindingRecorder(
    IFindingStore findings,
    IncidentService incidents,
    ChannelDirectory channels,
    ISlackApi slack,
    TimeProvider time,
    ILogger<FindingRecorder> logger,
    LearningMetrics? metrics = null)
{
    private readonly LearningMetrics _metrics = metrics ?? LearningMetrics.Unregistered;

    /// <returns>The finding as stored, or null when its author had withdrawn it.</returns>
    public async Task<Finding?> RecordAsync(FindingDraft draft, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(draft, cancellationToken) is not { } finding) return null;
        if (!await findings.SaveAsync(finding, cancellationToken)) return NotRecorded(finding.Id);
        Recorded(finding);
        return finding;
    }

    /// <summary>
    /// The finding a draft makes, not yet stored, for a caller that commits it with other writes in one unit of work
    /// (which skips it if it is withdrawn meanwhile); null when its author had withdrawn it. Call <see cref="Recorded"/> after the commit.
    /// </summary>
    public async Task<Finding?> PrepareAsync(FindingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await findings.WithdrawalAsync(draft.Id, cancellationToken) is not null) return NotRecorded(draft.Id);
        var incident = draft.IncidentId is { } incidentId ? await incidents.FindAsync(incidentId, cancellationToken) : null;
        var channel = draft.ChannelId is { } channelId ? await channels.GetAsync(channelId, cancellationToken) : null;
        var permalink = await PermalinkAsync(draft.ChannelId, draft.LinkTs ?? draft.MessageTs, cancellationToken);
        var existing = await findings.FindAsync(draft.Id, cancellationToken);
        return FindingFactory.Build(draft, incident?.DisplayName, incident?.IsPrivate ?? channel?.IsPrivate ?? false, permalink, existing, time.GetUtcNow());
    }

    public void Recorded(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        LogRecorded(finding.Id, finding.Source, finding.IncidentId);
        _metrics.FindingSaved();
    }

    private Finding? NotRecorded(string findingId)
    {
        LogWithdrawnNotRecorded(findingId);
        return null;
    }

    /// <summary>The message behind a finding was edited: the finding follows.</summary>
    public async Task EditAsync(string findingId, string newText, CancellationToken cancellationToken)
    {
        if (await findings.FindAsync(findingId, cancellationToken) is not { } finding) return;
        await findings.SaveAsync(FindingFactory.Edit(finding, newText, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The message behind a finding was deleted: so is the finding.</summary>
    public async Task RemoveAsync(string findingId, CancellationToken cancellationToken)
    {
        if (await findings.DeleteAsync(findingId, cancellationToken)) LogRemoved(findingId);
    }

    private async Task<string?> PermalinkAsync(string? channelId, string? ts, CancellationToken cancellationToken)
    {
        if (channelId is null || ts is null) return null;
        try
        {
            return await slack.GetPermalinkAsync(channelId, ts, cancellationToken);
        }
        catch (Exception exception) when (exception is SlackApiException or SlackTransportException)
        {
            // A finding without a link is still a finding.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded finding {FindingId} ({Source}) for incident {IncidentId}")]
    private partial void LogRecorded(string findingId, FindingSource source, string? incidentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Did not record finding {FindingId}: its author withdrew it")]
    private partial void LogWithdrawnNotRecorded(string findingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed finding {FindingId}: its message was deleted")]
    private partial void LogRemoved(string findingId);
}
