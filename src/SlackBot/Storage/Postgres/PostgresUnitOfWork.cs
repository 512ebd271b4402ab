namespace SlackBot.Storage.Postgres;

// Placeholder so the foundation compiles; the unit of work is written next (see IPostgresDocumentTable).
internal static class PostgresUnitOfWork;
