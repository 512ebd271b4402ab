using Microsoft.Extensions.DependencyInjection;

namespace SlackBot.Storage.Postgres;

/// <summary>Registering a PostgreSQL document table: as itself, as the store interface it implements, and as a table the unit of work saves through.</summary>
public static class PostgresRegistrations
{
    /// <summary>One singleton behind <typeparamref name="TStore"/>, <see cref="IPostgresDocumentTable"/> and the table type itself.</summary>
    public static IServiceCollection AddPostgresTable<TStore, TTable>(this IServiceCollection services)
        where TStore : class
        where TTable : class, TStore, IPostgresDocumentTable
    {
        services.AddPostgresTable<TTable>();
        return services.AddSingleton<TStore>(provider => provider.GetRequiredService<TTable>());
    }

    /// <summary>A table no store interface names (a store reads it through another type): itself and <see cref="IPostgresDocumentTable"/>.</summary>
    public static IServiceCollection AddPostgresTable<TTable>(this IServiceCollection services)
        where TTable : class, IPostgresDocumentTable
    {
        services.AddSingleton<TTable>();
        return services.AddSingleton<IPostgresDocumentTable>(provider => provider.GetRequiredService<TTable>());
    }
}
