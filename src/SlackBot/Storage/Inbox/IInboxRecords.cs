namespace SlackBot.Storage.Inbox;

/// <summary>
/// The stored inbox records, for diagnostics and tests; every storage provider's inbox implements it. Processing goes
/// through <see cref="SlackBot.Slack.Dispatch.IEnvelopeInbox"/>, never through this.
/// </summary>
public interface IInboxRecords
{
    /// <summary>The stored record of an envelope, or null.</summary>
    InboxRecord? Find(string envelopeId);

    /// <summary>Every stored record, in sequence order.</summary>
    IReadOnlyList<InboxRecord> All();

    /// <summary>The envelopes of one ordering key that are not processed yet, oldest first.</summary>
    IReadOnlyList<InboxRecord> PendingFor(string orderingKey);
}
