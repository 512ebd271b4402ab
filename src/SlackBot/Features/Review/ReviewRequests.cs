using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Storage;

namespace SlackBot.Features.Review;

/// <summary>
/// What <c>/learn export</c> and <c>/learn prep</c> call: stores the job and answers at once, well inside Slack's
/// 3 seconds; <see cref="ReviewJobWorker"/> does the slow part and the result follows through the response_url or a DM.
/// </summary>
public sealed class ReviewRequests(ReviewJobStore jobs, ReviewJobSignal signal, Database database, TimeProvider time)
{
    public CommandReply RequestExport(ReviewRequest request) => Request(ReviewJobKind.Export, request);

    public CommandReply RequestPrep(ReviewRequest request) => Request(ReviewJobKind.Prep, request);

    public CommandReply Request(ReviewJobKind kind, ReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        database.Write(() => jobs.AddIfAbsent(new ReviewJob
        {
            Id = ReviewJob.IdFor(request.RequestId),
            Kind = kind,
            IncidentId = request.Incident.Id,
            UserId = request.UserId,
            ChannelId = request.ChannelId,
            ResponseUrl = request.ResponseUrl,
            RequestedAt = request.RequestedAt == default ? now : request.RequestedAt,
            IncludePrivateChannelFindings = request.IncludePrivateChannelFindings,
            NextAttemptAt = now,
        }));
        Database.AfterCommit(signal.Notify);

        var name = $"*{Mrkdwn.Escape(request.Incident.DisplayName)}*";
        return CommandReply.Ephemeral(kind == ReviewJobKind.Export
            ? $"Preparing the export of {name}… I'll send it to you as a Markdown file in our direct messages."
            : $"Preparing the review pack for {name}… it will appear here in a moment.");
    }
}
