using LiteDB;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// The one rule every write of a finding obeys, whether the store writes it or a unit of work does: an id that was
/// withdrawn is never written again. Runs inside the caller's transaction (if any), so the check and the write agree.
/// </summary>
internal static class LiteDbFindingWrites
{
    public static ILiteCollection<FindingWithdrawal> Withdrawals(LiteDbDatabase database) =>
        database.Collection<FindingWithdrawal>(LiteDbCollections.FindingWithdrawals);

    /// <summary>Upserts the finding unless its id was withdrawn; true when it was written.</summary>
    public static bool TryUpsert(LiteDbDatabase database, Finding finding)
    {
        if (Withdrawals(database).Exists(withdrawal => withdrawal.Id == finding.Id)) return false;
        database.Collection<Finding>(LiteDbCollections.Findings).Upsert(finding);
        return true;
    }
}
