using SlackBot.Features.Review;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;

namespace SlackBot.Tests.Review;

/// <summary>Slack's 5 uses in 30 minutes for a response_url, with one use left for the command's own answer.</summary>
public sealed class ResponseUrlLimitsTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 9, 10, 0, 0, TimeSpan.Zero);

    [TestCase(0, 0, true)]
    [TestCase(3, 0, true)]
    [TestCase(4, 0, false, TestName = "The fifth use stays free for the command's late answer")]
    [TestCase(0, 27, true)]
    [TestCase(0, 28, false, TestName = "Too close to the end of the 30 minutes to rely on")]
    [TestCase(0, 45, false)]
    public void A_response_url_is_used_only_within_Slacks_limits(int usesSoFar, int minutesLater, bool allowed) =>
        Assert.That(ResponseUrlLimits.MayUse(usesSoFar, Issued, Issued.AddMinutes(minutesLater)), Is.EqualTo(allowed));

    [Test]
    public async Task The_ledger_counts_each_url_on_its_own_and_keeps_no_url_in_clear()
    {
        using var database = LiteDbDatabase.InMemory();
        var ledger = new ResponseUrlLedger(new LiteDbResponseUrlUseStore(database));
        var unitOfWork = new LiteDbUnitOfWork(database, new LiteDbOutboxStore(database), new OutboxSignal(), TimeProvider.System);
        const string first = "https://hooks.slack.com/commands/T1/1/aaaa";
        const string second = "https://hooks.slack.com/commands/T1/2/bbbb";

        // As the worker does: a use counts once it is saved with its message.
        async Task<bool> TryUseAsync(string url)
        {
            if (await ledger.TryUseAsync(url, Issued, Issued.AddMinutes(1), CancellationToken.None) is not { } use) return false;
            await unitOfWork.CommitAsync(transaction => transaction.Save(use), CancellationToken.None);
            return true;
        }

        var uses = new List<bool>();
        for (var index = 0; index < 6; index++) uses.Add(await TryUseAsync(first));
        var other = await TryUseAsync(second);

        var stored = database.Collection<ResponseUrlUse>(LiteDbCollections.ResponseUrlUses).FindAll().ToList();
        var usesOfFirst = await ledger.UsesOfAsync(first, CancellationToken.None);
        var pruned = await ledger.PruneAsync(Issued.AddHours(1), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(uses, Is.EqualTo(new[] { true, true, true, true, false, false }));
            Assert.That(other, Is.True);
            Assert.That(usesOfFirst, Is.EqualTo(4));
            Assert.That(stored.Select(use => use.Id), Has.None.Contains("hooks.slack.com"), "only a hash of the URL");
            Assert.That(pruned, Is.EqualTo(2), "expired URLs are forgotten");
        });
    }
}
