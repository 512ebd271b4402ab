using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlackBot.Storage;

namespace SlackBot.Features.Findings.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Search over findings: the Lucene index next to the LiteDB file, kept in line with the findings store.</summary>
    public static IServiceCollection AddFindingSearch(this IServiceCollection services)
    {
        services.AddSingleton(provider => LuceneFindingSearch.OpenFolder(
            SearchIndexLocation.For(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Path),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<LuceneFindingSearch>>()));
        services.AddSingleton<IFindingSearch>(provider => provider.GetRequiredService<LuceneFindingSearch>());
        services.AddSingleton<IFindingObserver, SearchIndexUpdater>();
        services.AddSingleton<MemberVisibility>();
        services.AddHostedService<SearchIndexStartup>();
        return services;
    }
}
