using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Storage;

namespace SlackBot.Features.Review;

/// <summary>
/// What <c>/learn export</c> and <c>/learn prep</c> call: stores the job and answers at once, well inside Slack's
/// 3 seconds; <see cref="ReviewJobWorker"/> does the slow part and the result follows through the response_url or a DM.
/// </summary>
public sealed class ReviewRequests(IReviewJobStore jobs, ReviewJobSignal signal, IUnitOfWork unitOfWork, TimeProvider time)
{
    public Task<CommandReply> RequestExportAsync(ReviewRequest request, CancellationToken cancellationToken) =>
        RequestAsync(ReviewJobKind.Export, request, cancellationToken);

    public Task<CommandReply> RequestPrepAsync(ReviewRequest request, CancellationToken cancellationToken) =>
        RequestAsync(ReviewJobKind.Prep, request, cancellationToken);

    public async Task<CommandReply> RequestAsync(ReviewJobKind kind, ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var id = ReviewJob.IdFor(request.RequestId);
        // A replayed command finds its job and leaves it as it is (commands of one channel are handled in order).
        if (await jobs.FindAsync(id, cancellationToken) is null)
        {
            var job = new ReviewJob
            {
                Id = id,
                Kind = kind,
                IncidentId = request.Incident.Id,
                UserId = request.UserId,
                ChannelId = request.ChannelId,
                ResponseUrl = request.ResponseUrl,
                RequestedAt = request.RequestedAt == default ? now : request.RequestedAt,
                IncludeRestrictedFindings = request.IncludeRestrictedFindings,
                NextAttemptAt = now,
            };
            await unitOfWork.CommitAsync(transaction => transaction.Save(job), cancellationToken);
        }

        signal.Notify();

        var name = $"*{Mrkdwn.Escape(request.Incident.DisplayName)}*";
        return CommandReply.Ephemeral(kind == ReviewJobKind.Export
            ? $"Preparing the export of {name}… I'll send it to you as a Markdown file in our direct messages."
            : $"Preparing the review pack for {name}… it will appear here in a moment.");
    }
}
