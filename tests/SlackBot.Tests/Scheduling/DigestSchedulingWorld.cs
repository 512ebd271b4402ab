using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Moments;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;
using SlackBot.Storage.Outbox;

namespace SlackBot.Tests.Scheduling;

/// <summary>
/// Digest subscriptions on a <see cref="SchedulerBed"/>: the real <see cref="DigestJobSource"/> over in-memory stores
/// (the bed's database), a fake clock, and the outbox rows the digests became. <see cref="Restart"/> is a new process
/// over the same file.
/// </summary>
internal sealed class DigestSchedulingWorld : IDisposable
{
    private readonly ServiceProvider _services;

    public DigestSchedulingWorld(DateTimeOffset start, TimeSpan? catchUpWindow = null)
    {
        Bed = new SchedulerBed(start, interval: TimeSpan.FromMinutes(1), runHistory: TimeSpan.FromDays(1));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Bed.Clock);
        services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(Bed.Logs)));
        services.AddLiteDbStorage(Bed.Database);
        services.AddSingleton(Options.Create(new DigestOptions { CatchUpWindow = catchUpWindow ?? TimeSpan.FromDays(1), Chart = false }));
        services.AddSingleton<IDigestNames, CachedDigestNames>();
        services.AddSingleton<IDigestMaterialSource, StoreDigestMaterialSource>();
        services.AddSingleton<ISlackApi>(new SlackBot.Tests.Support.ScriptedSlackApi());
        services.AddSingleton<DigestJobSource>();
        _services = services.BuildServiceProvider();
    }

    public SchedulerBed Bed { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A new scheduler (a new process) over the same store, with the digest jobs as the host registers them.</summary>
    public LearningScheduler Restart(IDigestMaterialSource? material = null)
    {
        var source = material is null ? Get<DigestJobSource>() : new DigestJobSource(Get<IDigestSubscriptionStore>(), Get<IOptions<DigestOptions>>(), material,
            Get<ISentDigestStore>(), Get<IUnitOfWork>(), Get<ISlackApi>(), Bed.Clock, Get<ILogger<DigestJob>>());
        return Bed.Restart([], [source]);
    }

    public async Task<DigestSubscription> SubscribeAsync(string channel, string schedule, string zone, string? team = null)
    {
        var parsed = DigestSchedule.TryParse(schedule + " " + zone, TimeZoneInfo.Utc, out var error) ?? throw new ArgumentException(error, nameof(schedule));
        var subscription = new DigestSubscription
        {
            Id = DigestSubscription.IdFor(channel, team), ChannelId = channel, Team = team, Cron = parsed.Cron, TimeZone = parsed.Zone.Id,
            CreatedBy = "U0CAROL", CreatedAt = Bed.Clock.GetUtcNow(),
        };
        await Get<IDigestSubscriptionStore>().SaveAsync(subscription, CancellationToken.None);
        return subscription;
    }

    public async Task AddFindingAsync(string id, DateTimeOffset at, string text = "the replica lag graph was flat, which surprised everyone") =>
        await Get<IFindingStore>().SaveAsync(new Finding
        {
            Id = id, Text = text, AuthorId = "U0ALICE", Category = MomentCategory.Surprises, Themes = ["Surprises"], CreatedAt = at,
            Permalink = "https://northwind.slack.com/archives/C0INC1/p" + id,
        }, CancellationToken.None);

    /// <summary>Every digest post the outbox holds, in the order they were added.</summary>
    public IReadOnlyList<DigestPost> Posts() =>
        Get<LiteDbOutboxStore>().ReadDue(DateTimeOffset.MaxValue, 1000)
            .Where(row => row.Correlation?.StartsWith(SentDigest.CorrelationPrefix, StringComparison.Ordinal) == true)
            .Select(row => new DigestPost(row.Channel!, row.CreatedAt, JsonNode.Parse(row.Payload)!["text"]!.GetValue<string>(), row.Payload))
            .ToList();

    public void Dispose()
    {
        _services.Dispose();
        Bed.Dispose();
    }
}

internal sealed record DigestPost(string Channel, DateTimeOffset QueuedAt, string Text, string Payload);
