namespace SlackBot.Tests.Storage.Contract;

// The embedded LiteDB implementation runs every storage contract. Another provider adds the same lines with its own
// IStorageProvider.

public sealed class LiteDbIncidentStoreContract() : IncidentStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbIncidentMessageStoreContract() : IncidentMessageStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbMomentStoreContract() : MomentStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbQuestionStoreContract() : QuestionStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbFindingStoreContract() : FindingStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbChannelCacheContract() : ChannelCacheContract(new LiteDbStorageProvider());

public sealed class LiteDbUserCacheContract() : UserCacheContract(new LiteDbStorageProvider());

public sealed class LiteDbUnitOfWorkContract() : UnitOfWorkContract(new LiteDbStorageProvider());

public sealed class LiteDbOutboxStoreContract() : OutboxStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbInboxContract() : InboxContract(new LiteDbStorageProvider());

public sealed class LiteDbStorageHealthContract() : StorageHealthContract(new LiteDbStorageProvider());

public sealed class LiteDbReviewJobStoreContract() : ReviewJobStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbChannelSettingsStoreContract() : ChannelSettingsStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbHomeViewerStoreContract() : HomeViewerStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbIdeaStoreContract() : IdeaStoreContract(new LiteDbStorageProvider());
public sealed class LiteDbDigestStoreContract() : DigestStoreContract(new LiteDbStorageProvider());

public sealed class LiteDbJobRunStoreContract() : JobRunStoreContract(new LiteDbStorageProvider());
