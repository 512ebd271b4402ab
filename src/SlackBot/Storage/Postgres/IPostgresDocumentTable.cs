using Npgsql;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Writes one document type into its table inside a given transaction. A store writes through its table on its own;
/// <see cref="PostgresUnitOfWork"/> finds the table of each document a unit of work saves among the registered ones
/// (one per type listed in docs/storage-contract.md, "Unit of work").
/// </summary>
public interface IPostgresDocumentTable
{
    Type DocumentType { get; }

    /// <summary>Upserts <paramref name="document"/> by its id; false when nothing was written (a withdrawn finding).</summary>
    Task<bool> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, object document, CancellationToken cancellationToken);
}
