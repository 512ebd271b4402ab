using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SlackBot.Features.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>Cached channel and people directories shared by the features.</summary>
    public static IServiceCollection AddWorkspaceDirectory(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelDirectory>();
        services.TryAddSingleton<UserDirectory>();
        services.TryAddSingleton<ChannelMembers>();
        services.TryAddSingleton<UserGroupMembers>();
        return services;
    }
}
