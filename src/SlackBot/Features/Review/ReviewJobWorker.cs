using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;
using SlackBot.Storage;

namespace SlackBot.Features.Review;

/// <summary>
/// Does the slow part of <c>/learn export</c> and <c>/learn prep</c>, off the command lane: reads the incident's
/// material, composes the document, uploads the export into the person's DM, and sends the result through the
/// outbox. Slack being busy or unreachable means a retry with back-off; a refusal that will not change (a missing
/// scope, an incident that is gone) ends the job and tells the person why.
/// </summary>
/// <remarks>
/// A job rather than an outbox kind: the outbox sends messages already decided, in each channel's order, and its
/// rows must stay small and quick; an export is composed when the worker gets to it, takes three calls with a large
/// body, and a repeat after a failure is harmless (an upload never completed stays invisible).
/// </remarks>
public sealed partial class ReviewJobWorker(
    IReviewJobStore jobs,
    ReviewJobSignal signal,
    IReviewMaterialSource source,
    ReviewPrepComposer prepComposer,
    DirectMessageFiles files,
    ReviewReplies replies,
    ResponseUrlLedger ledger,
    IUnitOfWork unitOfWork,
    TimeProvider time,
    ILogger<ReviewJobWorker> logger) : BackgroundService
{
    public const int MaxAttempts = 6;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var nextPrune = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() >= nextPrune)
                {
                    await PruneAsync(stoppingToken);
                    nextPrune = time.GetUtcNow() + PruneInterval;
                }

                var due = await jobs.DueAsync(time.GetUtcNow(), 8, stoppingToken);
                if (due.Count == 0)
                {
                    await signal.WaitAsync(await UntilNextAttemptAsync(stoppingToken), time, stoppingToken);
                    continue;
                }

                foreach (var job in due)
                {
                    if (stoppingToken.IsCancellationRequested) return;
                    await RunAsync(job, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(exception);
                await Task.Delay(FirstRetryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Runs one job to its next state: done, failed, or pending again with a later attempt.</summary>
    internal async Task RunAsync(ReviewJob job, CancellationToken cancellationToken)
    {
        try
        {
            if (await source.LoadAsync(job.IncidentId, cancellationToken) is not { } material)
            {
                await FailAsync(job, "incident_not_found", "I couldn't find that incident any more, so there is nothing to send.", cancellationToken);
                return;
            }

            var nameOf = await source.NamesAsync(material, cancellationToken);
            var prep = prepComposer.Compose(material, nameOf, job.IncludeRestrictedFindings);
            if (job.Kind == ReviewJobKind.Export) await ExportAsync(job, material, prep, nameOf, cancellationToken);
            else await SendPrepAsync(job, prep, nameOf, cancellationToken);
        }
        catch (SlackRateLimitedException exception)
        {
            await RetryAsync(job, exception.Error, exception.RetryAfter, cancellationToken);
        }
        catch (SlackApiException exception) when (SlackErrors.IsTransient(exception.Error))
        {
            await RetryAsync(job, exception.Error, null, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            await FailAsync(job, exception.Error, $"Slack refused it (`{Mrkdwn.Escape(exception.Error)}`), so I stopped trying.", cancellationToken);
        }
        catch (SlackTransportException exception)
        {
            await RetryAsync(job, exception.StatusCode is { } status ? $"http_{status}" : "transport_error", null, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnexpected(exception, job.Id);
            await RetryAsync(job, exception.GetType().Name, null, cancellationToken);
        }
    }

    private async Task ExportAsync(ReviewJob job, ReviewMaterial material, ReviewPrep prep, Func<string, string> nameOf, CancellationToken cancellationToken)
    {
        var document = IncidentExportComposer.Compose(material, nameOf, time.GetUtcNow(), job.IncludeRestrictedFindings, prep);
        var comment = $"Here is the export of {material.Incident.DisplayName}: moments, questions and answers, findings by theme, " +
                      "fix ideas, participants and the review pack.";
        var fileId = await files.ShareAsync(job.UserId, document.FileName, document.Title, Encoding.UTF8.GetBytes(document.Markdown), comment, cancellationToken);

        var done = job with { Status = ReviewJobStatus.Done, FileId = fileId, CompletedAt = time.GetUtcNow(), Attempts = job.Attempts + 1, LastError = null };
        var note = $"The export of *{Mrkdwn.Escape(material.Incident.DisplayName)}* is in our direct messages: `{Mrkdwn.Escape(document.FileName)}`.";
        // The DM already holds the file and its comment: without the response_url there is nothing more to say.
        var reply = await replies.PrepareAsync(done, new PackMessage(note, BlockKit.List(BlockKit.Section(note))), "result", cancellationToken, directMessageToo: false);
        await unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(done);
            reply.RecordIn(transaction);
        }, cancellationToken);
        LogDone(job.Kind, job.Id);
    }

    private async Task SendPrepAsync(ReviewJob job, ReviewPrep prep, Func<string, string> nameOf, CancellationToken cancellationToken)
    {
        var message = ReviewPrepBlocks.Render(prep, nameOf);
        var done = job with { Status = ReviewJobStatus.Done, CompletedAt = time.GetUtcNow(), Attempts = job.Attempts + 1, LastError = null };
        var reply = await replies.PrepareAsync(done, message, "result", cancellationToken);
        await unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(done);
            reply.RecordIn(transaction);
        }, cancellationToken);
        LogDone(job.Kind, job.Id);
    }

    private async Task RetryAsync(ReviewJob job, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var attempts = job.Attempts + 1;
        if (attempts >= MaxAttempts)
        {
            await FailAsync(job with { Attempts = attempts }, error, $"Slack kept failing (`{Mrkdwn.Escape(error)}`), so I stopped trying. Please ask again in a while.", cancellationToken);
            return;
        }

        var delay = retryAfter ?? Backoff(attempts);
        var retried = job with { Attempts = attempts, LastError = error, NextAttemptAt = time.GetUtcNow() + delay };
        await unitOfWork.CommitAsync(transaction => transaction.Save(retried), cancellationToken);
        LogRetrying(job.Kind, job.Id, error, attempts, delay);
    }

    /// <summary>Ends the job and tells the person, through the response_url or a DM: a request must never just vanish.</summary>
    private async Task FailAsync(ReviewJob job, string error, string why, CancellationToken cancellationToken)
    {
        var failed = job with { Status = ReviewJobStatus.Failed, LastError = error, CompletedAt = time.GetUtcNow() };
        var what = job.Kind == ReviewJobKind.Export ? "the export" : "the review pack";
        var text = $"Sorry, I couldn't prepare {what}. {why}";
        var reply = await replies.PrepareAsync(failed, new PackMessage(text, BlockKit.List(BlockKit.Section(text))), "failure", cancellationToken);
        await unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(failed);
            reply.RecordIn(transaction);
        }, cancellationToken);
        LogFailed(job.Kind, job.Id, error);
    }

    private async Task<TimeSpan> UntilNextAttemptAsync(CancellationToken cancellationToken)
    {
        if (await jobs.NextAttemptAtAsync(cancellationToken) is not { } next) return PollInterval;
        var wait = next - time.GetUtcNow();
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < PollInterval ? wait : PollInterval;
    }

    private static TimeSpan Backoff(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, attempts - 1);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await jobs.PruneFinishedAsync(now - IReviewJobStore.KeepFinished, cancellationToken);
        await ledger.PruneAsync(now, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} job {Id} done")]
    private partial void LogDone(ReviewJobKind kind, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} job {Id} failed ({Error}), attempt {Attempts}; retrying in {Delay}")]
    private partial void LogRetrying(ReviewJobKind kind, string id, string error, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} job {Id} given up after Slack error {Error}; the person was told")]
    private partial void LogFailed(ReviewJobKind kind, string id, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in review job {Id}")]
    private partial void LogUnexpected(Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Review job pass failed; retrying shortly")]
    private partial void LogPassFailed(Exception exception);
}
