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
        if (await sent.FindAsync(id, cancellationToken) is not null)
        {
            // The post was committed before a crash (or by another replica): the outbox has it.
            LogAlreadySent(subscription.Id, period.Start);
            return;
        }

        var loaded = await material.LoadAsync(period, zone, subscription.Id, cancellationToken);
        var digest = DigestComposer.Compose(period, zone, new DigestFilter(subscription.Team, subscription.ChannelId, options.Anonymize), loaded);
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
    }

    public static string OutboxIdFor(string sentDigestId) => "digest-post:" + sentDigestId;

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Subscription} for the period from {Start:O} was already handed to the outbox; not sent again")]
    private partial void LogAlreadySent(string subscription, DateTimeOffset start);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Subscription} for {Week} posted to {Channel} ({Findings} findings)")]
    private partial void LogSent(string subscription, string week, string channel, int findings);
}
