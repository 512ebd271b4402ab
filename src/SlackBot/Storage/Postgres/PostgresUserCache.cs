using SlackBot.Features.Workspace;

namespace SlackBot.Storage.Postgres;

/// <summary>People as the bot last saw them in PostgreSQL (table <c>users</c>, <c>Schema/001-workspace.sql</c>): found by key only.</summary>
public sealed class PostgresUserCache(PostgresDatabase database) : PostgresDocumentTable<PersonInfo>(database), IUserCache
{
    protected override string Table => "users";

    protected override string IdOf(PersonInfo document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(PersonInfo document) => [];
}
