using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Scheduling;

namespace SlackBot.Storage.Retention;

/// <summary>
/// Keeps only what the job needs: the text of an ordinary incident message (neither a moment nor a finding) is
/// dropped once it is older than <see cref="StorageOptions.MessageRetention"/>; who wrote when stays, for review
/// counts. Moments and findings keep their words, in their own stores and here. Slack still has every message, and a
/// reaction on an old one reads it from Slack again (<see cref="MessageLookup"/>).
/// </summary>
/// <remarks>
/// Lives in Storage rather than a feature because deciding "ordinary" takes the moment and finding stores together.
/// Safe to repeat: a dropped text is dropped, a held one held.
/// </remarks>
public sealed partial class MessageRetentionJob(
    IIncidentMessageStore messages,
    IMomentStore moments,
    IFindingStore findings,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<MessageRetentionJob> logger) : IScheduledJob
{
    public const string JobName = "storage.message-retention";

    private const int Batch = 500;

    public JobSchedule Schedule { get; } = new(JobName, JobCadence.Every(TimeSpan.FromHours(1)));

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = now - options.Value.MessageRetention;
        int dropped = 0, held = 0;
        while (true)
        {
            var due = await messages.TextKeptBeforeAsync(before, Batch, cancellationToken);
            foreach (var message in due)
            {
                if (await IsProductAsync(message, cancellationToken))
                {
                    await messages.HoldTextAsync(message.Id, cancellationToken);
                    held++;
                }
                else
                {
                    await messages.DropTextAsync(message.Id, now, cancellationToken);
                    dropped++;
                }
            }

            if (due.Count < Batch) break;
        }

        if (dropped + held > 0) LogRetained(dropped, held, options.Value.MessageRetention);
    }

    private async Task<bool> IsProductAsync(IncidentMessage message, CancellationToken cancellationToken) =>
        await moments.FindAsync(message.ChannelId, message.Ts, cancellationToken) is not null
        || await findings.FindAsync(Finding.IdForMessage(message.ChannelId, message.Ts), cancellationToken) is not null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Message retention: dropped the text of {Dropped} ordinary incident message(s) older than {Retention}; kept {Held} that are moments or findings")]
    private partial void LogRetained(int dropped, int held, TimeSpan retention);
}
