using SlackBot.Features.Workspace;

namespace SlackBot.Storage.Postgres;

/// <summary>Channels as the bot last saw them in PostgreSQL (table <c>channels</c>, <c>Schema/001-workspace.sql</c>): found by key only.</summary>
public sealed class PostgresChannelCache(PostgresDatabase database) : PostgresDocumentTable<ChannelInfo>(database), IChannelCache
{
    protected override string Table => "channels";

    protected override string IdOf(ChannelInfo document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(ChannelInfo document) => [];
}
