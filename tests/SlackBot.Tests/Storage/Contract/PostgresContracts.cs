namespace SlackBot.Tests.Storage.Contract;

// The PostgreSQL implementation runs the same contracts as LiteDB (LiteDbContracts.cs), one line per fixture.

public sealed class PostgresIncidentStoreContract() : IncidentStoreContract(new PostgresStorageProvider());

public sealed class PostgresIncidentMessageStoreContract() : IncidentMessageStoreContract(new PostgresStorageProvider());

public sealed class PostgresMomentStoreContract() : MomentStoreContract(new PostgresStorageProvider());

public sealed class PostgresQuestionStoreContract() : QuestionStoreContract(new PostgresStorageProvider());

public sealed class PostgresChannelCacheContract() : ChannelCacheContract(new PostgresStorageProvider());

public sealed class PostgresUserCacheContract() : UserCacheContract(new PostgresStorageProvider());

public sealed class PostgresUnitOfWorkContract() : UnitOfWorkContract(new PostgresStorageProvider());

public sealed class PostgresStorageHealthContract() : StorageHealthContract(new PostgresStorageProvider());

public sealed class PostgresChannelSettingsStoreContract() : ChannelSettingsStoreContract(new PostgresStorageProvider());

public sealed class PostgresHomeViewerStoreContract() : HomeViewerStoreContract(new PostgresStorageProvider());

public sealed class PostgresIdeaStoreContract() : IdeaStoreContract(new PostgresStorageProvider());
public sealed class PostgresFindingStoreContract() : FindingStoreContract(new PostgresStorageProvider());

public sealed class PostgresDigestStoreContract() : DigestStoreContract(new PostgresStorageProvider());

public sealed class PostgresReviewJobStoreContract() : ReviewJobStoreContract(new PostgresStorageProvider());
public sealed class PostgresOutboxStoreContract() : OutboxStoreContract(new PostgresStorageProvider());

public sealed class PostgresInboxContract() : InboxContract(new PostgresStorageProvider());

public sealed class PostgresJobRunStoreContract() : JobRunStoreContract(new PostgresStorageProvider());
