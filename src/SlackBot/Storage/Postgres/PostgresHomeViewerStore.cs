using SlackBot.Features.Home;

namespace SlackBot.Storage.Postgres;

/// <summary>Who has opened the Home tab, in PostgreSQL (table <c>home_viewers</c>): found by key, written through the unit of work only.</summary>
public sealed class PostgresHomeViewerStore(PostgresDatabase database) : PostgresDocumentTable<HomeViewer>(database), IHomeViewerStore
{
    protected override string Table => "home_viewers";

    protected override string IdOf(HomeViewer document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(HomeViewer document) => [];
}
