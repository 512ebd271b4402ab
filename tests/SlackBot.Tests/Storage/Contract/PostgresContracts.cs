namespace SlackBot.Tests.Storage.Contract;

// The PostgreSQL implementation runs the same contracts as LiteDB (LiteDbContracts.cs), one line per fixture.

public sealed class PostgresFindingStoreContract() : FindingStoreContract(new PostgresStorageProvider());

public sealed class PostgresDigestStoreContract() : DigestStoreContract(new PostgresStorageProvider());

public sealed class PostgresReviewJobStoreContract() : ReviewJobStoreContract(new PostgresStorageProvider());
