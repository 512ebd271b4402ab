using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;

namespace SlackBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The LiteDB file, the durable inbox and the outbox, as the Slack layer's storage seams.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Storage:Path must name the LiteDB file, e.g. data/slackbot.db.")
            .ValidateOnStart();
        services.AddSingleton(provider => LiteDbDatabase.OpenFile(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton<LiteDbInbox>();
        services.AddSingleton<IEnvelopeInbox>(provider => provider.GetRequiredService<LiteDbInbox>());
        services.AddSingleton<LiteDbOutboxStore>();
        services.AddSingleton<IOutboxStore>(provider => provider.GetRequiredService<LiteDbOutboxStore>());
        services.AddSingleton<IOutbox, Outbox.Outbox>();
        services.AddSingleton<IUnitOfWork, LiteDbUnitOfWork>();
        return services;
    }
}
