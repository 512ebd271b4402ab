using Microsoft.Extensions.Logging;

namespace SlackBot.Features.Findings;

/// <summary>
/// A finding's author decides what becomes of it: withdraw it (it disappears from search, exports, review packs,
/// <c>/learn findings</c>, App Home and digests, for good) or narrow who sees it. Anyone else is refused and nothing
/// changes. Both are idempotent, so a double click or a replayed action is harmless.
/// </summary>
public sealed partial class FindingConsent(IFindingStore findings, TimeProvider time, ILogger<FindingConsent> logger)
{
    public async Task<ConsentResult> WithdrawAsync(string findingId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(findingId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (await findings.FindAsync(findingId, cancellationToken) is not { } finding)
        {
            // Only the author learns that it was withdrawn already; to anyone else it is simply not there.
            return await findings.WithdrawalAsync(findingId, cancellationToken) is { } earlier && earlier.AuthorId == userId
                ? new ConsentResult(ConsentOutcome.Unchanged)
                : new ConsentResult(ConsentOutcome.UnknownFinding);
        }

        if (finding.AuthorId != userId) return Refused(findingId, userId);

        await findings.WithdrawAsync(new FindingWithdrawal { Id = finding.Id, AuthorId = userId, WithdrawnAt = time.GetUtcNow() }, cancellationToken);
        LogWithdrawn(finding.Id, userId);
        return new ConsentResult(ConsentOutcome.Changed);
    }

    public async Task<ConsentResult> SetVisibilityAsync(string findingId, string userId, FindingVisibility visibility, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(findingId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!Enum.IsDefined(visibility)) return new ConsentResult(ConsentOutcome.UnknownVisibility);
        if (await findings.FindAsync(findingId, cancellationToken) is not { } finding) return new ConsentResult(ConsentOutcome.UnknownFinding);
        if (finding.AuthorId != userId) return Refused(findingId, userId);
        if (finding.Visibility == visibility) return new ConsentResult(ConsentOutcome.Unchanged, finding);

        var narrowed = finding with { Visibility = visibility };
        // False only when it was withdrawn in the meantime: then there is nothing left to show to anyone.
        if (!await findings.SaveAsync(narrowed, cancellationToken)) return new ConsentResult(ConsentOutcome.UnknownFinding);
        LogVisibility(finding.Id, visibility);
        return new ConsentResult(ConsentOutcome.Changed, narrowed);
    }

    private ConsentResult Refused(string findingId, string userId)
    {
        LogRefused(findingId, userId);
        return new ConsentResult(ConsentOutcome.NotTheAuthor);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Finding {FindingId} withdrawn by its author {UserId}")]
    private partial void LogWithdrawn(string findingId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finding {FindingId} is now visible to: {Visibility}")]
    private partial void LogVisibility(string findingId, FindingVisibility visibility);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a consent change to finding {FindingId} by {UserId}, who is not its author")]
    private partial void LogRefused(string findingId, string userId);
}
