using System.Text.Json;
using Microsoft.Extensions.Logging;
using SlackBot.Scheduling;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Features.Digests;

/// <summary>
/// One subscription's weekly digest as a scheduled job. Its cadence is the subscription's cron in its zone (Cronos, so
/// daylight-saving changes neither skip nor double a send), from the subscription's creation on, with the
/// <c>Digest:CatchUpWindow</c>: a digest missed while the bot was down goes out once, late, within the window; older
/// ones the scheduler records as skipped with a log line. Each (subscription, period) goes out exactly once: the
/// <see cref="SentDigest"/> record and the outbox post commit together under the period's natural key, so a period run
/// again after a crash finds it and sends nothing, and the outbox delivers the post idempotently.
/// </summary>
public sealed partial class DigestJob(
    DigestSubscription subscription,
    DigestOptions options,
    IDigestMaterialSource material,
    ISentDigestStore sent,
    IUnitOfWork unitOfWork,
    ISlackApi slack,
    TimeProvider time,
    ILogger logger) : IScheduledJob
{
    public DigestSubscription Subscription => subscription;

    public JobSchedule Schedule { get; } = new(subscription.JobName,
        JobCadence.Cron(subscription.Cron, subscription.Schedule.Zone, options.CatchUpWindow, notBefore: subscription.CreatedAt));

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var zone = subscription.Schedule.Zone;
        var period = DigestPeriod.Before(run.Period, zone);
        var id = SentDigest.IdFor(subscription.Id, period.Start);
        if (await sent.FindAsync(id, cancellationToken) is { } already)
        {
            // The post was committed before a crash (or by another replica): the outbox has it. Only the chart may be missing.
            LogAlreadySent(subscription.Id, period.Start);
            if (options.Chart && already.ChartUploadedAt is null) await UploadChartAsync(already, await ComposeAsync(period, zone, cancellationToken), cancellationToken);
            return;
        }

        var digest = await ComposeAsync(period, zone, cancellationToken);
        var message = DigestBlocks.Render(digest, id);
        var record = new SentDigest
        {
            Id = id,
            SubscriptionId = subscription.Id,
            ChannelId = subscription.ChannelId,
            Team = subscription.Team,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            SentAt = time.GetUtcNow(),
            OutboxId = OutboxIdFor(id),
            Findings = digest.FindingCount,
        };
        var request = new PostMessageRequest { Channel = subscription.ChannelId, Text = message.Text, Blocks = message.Blocks, UnfurlLinks = false, UnfurlMedia = false };
        await unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(record);
            transaction.Enqueue(new OutboxMessage
            {
                Id = record.OutboxId,
                Kind = OutboxKind.PostMessage,
                Channel = subscription.ChannelId,
                Correlation = SentDigest.CorrelationPrefix + id,
                Payload = JsonSerializer.Serialize(request, SlackJson.Options),
            });
        }, cancellationToken);
        LogSent(subscription.Id, digest.Week, subscription.ChannelId, digest.FindingCount);
        if (options.Chart) await UploadChartAsync(record, digest, cancellationToken);
    }

    private async Task<Digest> ComposeAsync(DigestPeriod period, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var loaded = await material.LoadAsync(period, zone, subscription.Id, cancellationToken);
        return DigestComposer.Compose(period, zone, new DigestFilter(subscription.Team, subscription.ChannelId, options.Anonymize), loaded);
    }

    /// <summary>
    /// The chart goes into the channel through Slack's external upload once the post is committed, and is recorded on
    /// the sent digest. A transport failure fails the run, so the next pass (which finds the digest sent) tries the
    /// chart again; a refusal from Slack (say the app lacks files:write) is logged and not retried.
    /// </summary>
    private async Task UploadChartAsync(SentDigest record, Digest digest, CancellationToken cancellationToken)
    {
        if (DigestChart.Render(digest) is not { } png) return;
        var fileName = $"digest-{digest.Week}{(digest.Team is { } team ? "-" + team : "")}.png";
        try
        {
            var upload = await slack.GetUploadUrlExternalAsync(fileName, png.Length, cancellationToken);
            using (var bytes = new MemoryStream(png, writable: false))
            {
                await slack.UploadToUrlAsync(upload.Url, bytes, fileName, cancellationToken);
            }

            await slack.CompleteUploadExternalAsync(new CompleteUploadRequest
            {
                Files = [new SlackFileRef(upload.FileId, $"Findings by theme, {digest.History.Count} weeks to {digest.Week}")],
                ChannelId = subscription.ChannelId,
                InitialComment = $"Findings by theme over the last {digest.History.Count} weeks (the digest for {digest.Week}).",
            }, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            LogChartRefused(subscription.Id, digest.Week, exception.Error);
            return;
        }

        await sent.SaveAsync(record with { ChartUploadedAt = time.GetUtcNow() }, cancellationToken);
    }
    public static string OutboxIdFor(string sentDigestId) => "digest-post:" + sentDigestId;

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Subscription} for the period from {Start:O} was already handed to the outbox; not sent again")]
    private partial void LogAlreadySent(string subscription, DateTimeOffset start);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {Subscription} for {Week}: Slack refused the chart upload ({Error}); the digest itself was posted")]
    private partial void LogChartRefused(string subscription, string week, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Subscription} for {Week} posted to {Channel} ({Findings} findings)")]
    private partial void LogSent(string subscription, string week, string channel, int findings);
}
