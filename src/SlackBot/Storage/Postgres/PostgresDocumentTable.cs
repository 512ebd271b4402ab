using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// A table of documents of one type: <c>id text PRIMARY KEY, doc jsonb NOT NULL</c> plus real columns for what is
/// queried (named by <see cref="Columns"/>, declared with their indexes in the table's <c>Schema/*.sql</c> file). Saves
/// are upserts by id that replace the document and its columns; reads deserialize <c>doc</c>.
/// </summary>
public abstract class PostgresDocumentTable<TDocument>(PostgresDatabase database) : IPostgresDocumentTable where TDocument : class
{
    private string? _upsertSql;

    protected PostgresDatabase Database { get; } = database;

    public Type DocumentType => typeof(TDocument);

    /// <summary>The table's name (also the LiteDB collection's, where there is one).</summary>
    protected abstract string Table { get; }

    protected abstract string IdOf(TDocument document);

    /// <summary>The queried columns and their values for this document, beside <c>id</c> and <c>doc</c>; the same names for every document.</summary>
    protected abstract IReadOnlyList<(string Column, object? Value)> Columns(TDocument document);

    public async Task<bool> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, object document, CancellationToken cancellationToken) =>
        await UpsertAsync(connection, transaction, (TDocument)document, cancellationToken);

    /// <summary>Upserts in the caller's transaction; override to skip a document (then return false).</summary>
    protected virtual async Task<bool> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, TDocument document, CancellationToken cancellationToken)
    {
        var columns = Columns(document);
        _upsertSql ??= UpsertSql(columns);
        await using var command = new NpgsqlCommand(_upsertSql, connection, transaction);
        command.Parameters.AddWithValue("id", IdOf(document));
        command.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = PostgresJson.Serialize(document) });
        foreach (var (column, value) in columns) command.Parameters.AddWithValue(column, Value(value));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>Upserts on its own (one statement, atomic).</summary>
    public async Task SaveAsync(TDocument document, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        await UpsertAsync(connection, null, document, cancellationToken);
    }

    public async Task<TDocument?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT doc FROM {Table} WHERE id = @id", new { id }, cancellationToken)).FirstOrDefault();

    /// <summary>Runs a query whose only column is <c>doc</c> and reads the documents, in the query's order.</summary>
    protected async Task<IReadOnlyList<TDocument>> QueryAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(PostgresJson.Deserialize<TDocument>).ToList();
    }

    /// <summary>Runs a query whose columns are read into <typeparamref name="TRow"/> (a tuple: by position), in the query's order.</summary>
    protected async Task<IReadOnlyList<TRow>> QueryRowsAsync<TRow>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Runs a statement; returns the rows it affected.</summary>
    protected async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>Instants go in as UTC to the millisecond, enums by name, absent values as NULL.</summary>
    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => PostgresJson.Instant(instant),
        Enum name => name.ToString(),
        _ => value,
    };

    private string UpsertSql(IReadOnlyList<(string Column, object? Value)> columns)
    {
        var names = columns.Select(column => column.Column).ToList();
        var insert = string.Join(", ", ["id", "doc", .. names]);
        var values = string.Join(", ", ["@id", "@doc", .. names.Select(name => "@" + name)]);
        var update = string.Join(", ", ["doc = excluded.doc", .. names.Select(name => $"{name} = excluded.{name}")]);
        return $"INSERT INTO {Table} ({insert}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {update}";
    }
}
