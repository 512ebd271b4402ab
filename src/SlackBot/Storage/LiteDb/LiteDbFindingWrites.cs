using LiteDB;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// The one rule every write of a finding obeys, whether the store writes it or a unit of work does: an id that was
/// withdrawn is never written again, and the theme tally of the finding's day (<see cref="LiteDbFindingTallies"/>) is
/// forgotten. Runs inside the caller's transaction (if any), so the check and the writes agree.
/// </summary>
internal static class LiteDbFindingWrites
{
    public static ILiteCollection<FindingWithdrawal> Withdrawals(LiteDbDatabase database) =>
        database.Collection<FindingWithdrawal>(LiteDbCollections.FindingWithdrawals);

    /// <summary>Upserts the finding unless its id was withdrawn; true when it was written.</summary>
    public static bool TryUpsert(LiteDbDatabase database, Finding finding)
    {
        if (Withdrawals(database).Exists(withdrawal => withdrawal.Id == finding.Id)) return false;
        var findings = database.Collection<Finding>(LiteDbCollections.Findings);
        if (findings.FindById(finding.Id) is { } before) LiteDbFindingTallies.Forget(database, before.CreatedAt);
        findings.Upsert(finding);
        LiteDbFindingTallies.Forget(database, finding.CreatedAt);
        return true;
    }

    /// <summary>Deletes the finding (and forgets its day's tally); true when it was there. Runs inside the caller's transaction.</summary>
    public static bool Delete(LiteDbDatabase database, string id)
    {
        var findings = database.Collection<Finding>(LiteDbCollections.Findings);
        if (findings.FindById(id) is not { } finding) return false;
        LiteDbFindingTallies.Forget(database, finding.CreatedAt);
        return findings.Delete(id);
    }
}
