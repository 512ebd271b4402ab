using Microsoft.Extensions.Logging;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Findings;

/// <summary>
/// Turns drafts into findings: adds the permalink, the incident's name, whether the channel is private, themes and
/// the blame flags of the language check. Recording the same id again updates the text and keeps the history.
/// </summary>
public sealed partial class FindingRecorder(
    FindingStore findings,
    IncidentService incidents,
    ChannelDirectory channels,
    ISlackApi slack,
    TimeProvider time,
    ILogger<FindingRecorder> logger)
{
    public async Task<Finding> RecordAsync(FindingDraft draft, CancellationToken cancellationToken)
    {
        var incident = draft.IncidentId is { } incidentId ? incidents.Find(incidentId) : null;
        var channel = draft.ChannelId is { } channelId ? await channels.GetAsync(channelId, cancellationToken) : null;
        var permalink = await PermalinkAsync(draft.ChannelId, draft.LinkTs ?? draft.MessageTs, cancellationToken);
        var existing = findings.Find(draft.Id);
        var now = time.GetUtcNow();

        var finding = FindingFactory.Build(draft, incident?.DisplayName, incident?.IsPrivate ?? channel?.IsPrivate ?? false, permalink, existing, now);
        findings.Save(finding);
        LogRecorded(finding.Id, finding.Source, finding.IncidentId);
        return finding;
    }

    /// <summary>The message behind a finding was edited: the finding follows.</summary>
    public void Edit(string findingId, string newText)
    {
        if (findings.Find(findingId) is not { } finding) return;
        findings.Save(FindingFactory.Edit(finding, newText, time.GetUtcNow()));
    }

    /// <summary>The message behind a finding was deleted: so is the finding.</summary>
    public void Remove(string findingId)
    {
        if (findings.Delete(findingId)) LogRemoved(findingId);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed finding {FindingId}: its message was deleted")]
    private partial void LogRemoved(string findingId);
}
