using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SlackBot.Slack.Inbound.SocketMode;

public static class SocketModeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Socket Mode receiver, its <see cref="SocketModeStatus"/> and the <see cref="ClientWebSocketTransport"/>
    /// (unless a transport is registered already). Call it after <see cref="SlackPlatformServiceCollectionExtensions.AddSlackPlatform"/>:
    /// hosted services start in order and stop in reverse, so the receiver starts after the inbox workers and stops
    /// before them. Returns the options builder to bind, e.g. <c>.BindConfiguration(SocketModeOptions.Section)</c>.
    /// </summary>
    public static OptionsBuilder<SocketModeOptions> AddSlackSocketMode(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SocketModeStatus>();
        services.TryAddSingleton<ISocketModeTransport, ClientWebSocketTransport>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SocketModeOptions>, SocketModeOptionsValidator>());
        services.AddHostedService<SocketModeReceiver>();
        return services.AddOptions<SocketModeOptions>().ValidateOnStart();
    }
}
