namespace SlackBot.Tests.Storage.Contract;

// The PostgreSQL implementation runs the same contracts as LiteDB (LiteDbContracts.cs), one line per fixture.

public sealed class PostgresOutboxStoreContract() : OutboxStoreContract(new PostgresStorageProvider());

public sealed class PostgresInboxContract() : InboxContract(new PostgresStorageProvider());

public sealed class PostgresJobRunStoreContract() : JobRunStoreContract(new PostgresStorageProvider());
