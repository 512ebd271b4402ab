using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Home;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Postgres;
using SlackBot.Hosting;
using SlackBot.Storage.Outbox;
using SlackBot.Storage.Retention;

namespace SlackBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The stores <c>Storage:Provider</c> names: LiteDB (the default) or PostgreSQL. The bot and the offline commands both
    /// call this, so they always read the same storage.
    /// </summary>
    /// <exception cref="StartupException">Storage:Provider names neither.</exception>
    public static IServiceCollection AddConfiguredStorage(this IServiceCollection services, IConfiguration configuration) =>
        ProviderIn(configuration) switch
        {
            StorageProvider.Postgres => services.AddPostgresStorage(),
            _ => services.AddLiteDbStorage(),
        };

    /// <summary>The provider the settings name; a value that is neither stops start-up with a line naming the setting.</summary>
    public static StorageProvider ProviderIn(IConfiguration configuration)
    {
        var value = configuration[StorageOptions.Section + ":" + nameof(StorageOptions.Provider)];
        if (string.IsNullOrWhiteSpace(value)) return StorageProvider.LiteDb;
        return Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupException($"Storage:Provider must be LiteDb or Postgres (it is '{value}').");
    }

    /// <summary>
    /// PostgreSQL, for two or more replicas: the database at <c>Storage:ConnectionString</c> (or <c>DATABASE_URL</c>)
    /// behind every store interface, with the same unit of work, inbox and outbox promises as LiteDB, and safe when
    /// several processes share it (docs/deploy.md). The schema is created or migrated when the database is first used.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString)) options.ConnectionString = configuration["DATABASE_URL"];
            })
            .Validate(options => options.MessageRetention > TimeSpan.Zero, "Storage:MessageRetention must be longer than zero, e.g. 30.00:00:00 (30 days).")
            .ValidateOnStart();
        services.AddSingleton(provider => PostgresDatabase.Open(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        return services.AddPostgresStores();
    }

    private static IServiceCollection AddPostgresStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IUnitOfWork, PostgresUnitOfWork>();
        services.AddSingleton<IStorageHealth, PostgresStorageHealth>();
        services.AddPostgresTable<IIncidentStore, PostgresIncidentStore>();
        services.AddPostgresTable<IIncidentMessageStore, PostgresIncidentMessageStore>();
        services.AddPostgresTable<IMomentStore, PostgresMomentStore>();
        services.AddPostgresTable<PostgresQuestionPlanTable>();
        services.AddPostgresTable<PostgresQuestionFeedbackTable>();
        services.AddPostgresTable<IQuestionStore, PostgresQuestionStore>();
        services.AddPostgresTable<IHomeViewerStore, PostgresHomeViewerStore>();
        services.AddPostgresTable<IChannelCache, PostgresChannelCache>();
        services.AddPostgresTable<IUserCache, PostgresUserCache>();
        services.AddPostgresTable<IChannelSettingsStore, PostgresChannelSettingsStore>();
        services.AddPostgresTable<IIdeaStore, PostgresIdeaStore>();
        services.AddPostgresTable<PostgresFindingTable>();
        services.AddSingleton<IFindingStore, PostgresFindingStore>();
        services.AddHostedService<PostgresFindingFeed>();
        services.AddPostgresTable<IDigestSubscriptionStore, PostgresDigestSubscriptionStore>();
        services.AddPostgresTable<ISentDigestStore, PostgresSentDigestStore>();
        services.AddPostgresTable<PostgresDigestVoteTable>();
        services.AddPostgresTable<IReviewJobStore, PostgresReviewJobStore>();
        services.AddPostgresTable<IResponseUrlUseStore, PostgresResponseUrlUseStore>();
        services.TryAddSingleton<InboxSignal>();
        services.AddSingleton<PostgresInbox>();
        services.AddSingleton<IEnvelopeInbox>(provider => provider.GetRequiredService<PostgresInbox>());
        services.AddSingleton<IInboxRecords>(provider => provider.GetRequiredService<PostgresInbox>());
        services.AddSingleton<PostgresOutboxStore>();
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<PostgresOutboxStore>());
        services.AddSingleton<IOutboxRecords>(provider => provider.GetRequiredService<PostgresOutboxStore>());
        services.AddSingleton<IJobRunStore, PostgresJobRunStore>();
        services.AddHostedService<PostgresWakeups>();
        services.AddSingleton<IOutbox, Outbox.Outbox>();
        services.AddScoped<IScheduledJob, MessageRetentionJob>();
        return services;
    }

    /// <summary>
    /// The embedded default: the LiteDB file at <c>Storage:Path</c> behind every store interface, the unit of work, the
    /// durable inbox and the outbox. The bot and the offline commands use these same registrations.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Storage:Path must name the LiteDB file, e.g. data/slackbot.db.")
            .Validate(options => options.MessageRetention > TimeSpan.Zero, "Storage:MessageRetention must be longer than zero, e.g. 30.00:00:00 (30 days).")
            .ValidateOnStart();
        services.AddSingleton(provider => LiteDbDatabase.OpenFile(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        return services.AddLiteDbStores();
    }

    /// <summary>The same stores on a throw-away in-memory LiteDB database (the demo, tests): nothing touches the disk.</summary>
    public static IServiceCollection AddInMemoryLiteDbStorage(this IServiceCollection services)
    {
        services.AddSingleton(_ => LiteDbDatabase.InMemory());
        return services.AddLiteDbStores();
    }

    /// <summary>The same stores on a database the caller opened and owns (tests).</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, LiteDbDatabase database)
    {
        services.AddSingleton(database);
        return services.AddLiteDbStores();
    }

    private static IServiceCollection AddLiteDbStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        // Read by the retention job; bound and validated from configuration by AddLiteDbStorage(), defaults otherwise.
        services.AddOptions<StorageOptions>();

        services.AddSingleton<IUnitOfWork, LiteDbUnitOfWork>();
        services.AddSingleton<IStorageHealth, LiteDbStorageHealth>();
        services.AddSingleton<IIncidentStore, LiteDbIncidentStore>();
        services.AddSingleton<IIncidentMessageStore, LiteDbIncidentMessageStore>();
        services.AddSingleton<IMomentStore, LiteDbMomentStore>();
        services.AddSingleton<IQuestionStore, LiteDbQuestionStore>();
        services.AddSingleton<IFindingStore, LiteDbFindingStore>();
        services.AddSingleton<IHomeViewerStore, LiteDbHomeViewerStore>();
        services.AddSingleton<IChannelCache, LiteDbChannelCache>();
        services.AddSingleton<IUserCache, LiteDbUserCache>();
        services.AddSingleton<IReviewJobStore, LiteDbReviewJobStore>();
        services.AddSingleton<IResponseUrlUseStore, LiteDbResponseUrlUseStore>();
        services.AddSingleton<IChannelSettingsStore, LiteDbChannelSettingsStore>();
        services.AddSingleton<IIdeaStore, LiteDbIdeaStore>();
        services.AddSingleton<IDigestSubscriptionStore, LiteDbDigestSubscriptionStore>();
        services.AddSingleton<ISentDigestStore, LiteDbSentDigestStore>();

        // The Slack layer's storage seams.
        services.AddSingleton<LiteDbInbox>();
        services.AddSingleton<IEnvelopeInbox>(provider => provider.GetRequiredService<LiteDbInbox>());
        services.AddSingleton<IInboxRecords>(provider => provider.GetRequiredService<LiteDbInbox>());
        services.AddSingleton<LiteDbOutboxStore>();
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<LiteDbOutboxStore>());
        services.AddSingleton<IOutboxRecords>(provider => provider.GetRequiredService<LiteDbOutboxStore>());
        services.AddSingleton<IJobRunStore, LiteDbJobRunStore>();
        services.AddSingleton<IOutbox, Outbox.Outbox>();
        services.AddScoped<IScheduledJob, MessageRetentionJob>();
        return services;
    }
}
