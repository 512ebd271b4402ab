using Cronos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Scheduling;
using SlackBot.Slack.Api;
using SlackBot.Storage;

namespace SlackBot.Features.Digests;

/// <summary>
/// One <see cref="DigestJob"/> per subscription, asked for on every scheduler pass, so subscribing and unsubscribing
/// take effect at the next pass. A subscription whose stored schedule no longer reads is left out with a log line
/// rather than stopping every other job.
/// </summary>
public sealed partial class DigestJobSource(
    IDigestSubscriptionStore subscriptions,
    IOptions<DigestOptions> options,
    IDigestMaterialSource material,
    ISentDigestStore sent,
    IUnitOfWork unitOfWork,
    ISlackApi slack,
    TimeProvider time,
    ILogger<DigestJob> logger) : IScheduledJobSource
{
    public async Task<IReadOnlyList<IScheduledJob>> JobsAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<IScheduledJob>();
        foreach (var subscription in await subscriptions.AllAsync(cancellationToken))
        {
            try
            {
                jobs.Add(new DigestJob(subscription, options.Value, material, sent, unitOfWork, slack, time, logger));
            }
            catch (CronFormatException)
            {
                LogUnreadable(subscription.Id);
            }
        }

        return jobs;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest subscription {Subscription} has a schedule that is not valid cron; it is not sent until someone subscribes again")]
    private partial void LogUnreadable(string subscription);
}
