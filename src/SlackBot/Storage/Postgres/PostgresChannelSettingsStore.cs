using SlackBot.Features.Questions;

namespace SlackBot.Storage.Postgres;

/// <summary>Per-channel question settings in PostgreSQL (table <c>channel_settings</c>, <c>Schema/001-workspace.sql</c>): found by key only.</summary>
public sealed class PostgresChannelSettingsStore(PostgresDatabase database) : PostgresDocumentTable<ChannelSettings>(database), IChannelSettingsStore
{
    protected override string Table => "channel_settings";

    protected override string IdOf(ChannelSettings document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(ChannelSettings document) => [];
}
