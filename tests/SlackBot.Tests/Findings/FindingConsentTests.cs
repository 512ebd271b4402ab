using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Findings;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Findings;

/// <summary>Only a finding's author withdraws it or narrows who sees it; everything else changes nothing.</summary>
public sealed class FindingConsentTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 6, 10, 0, 0, TimeSpan.Zero);
    private readonly LiteDbDatabase _database = LiteDbDatabase.InMemory();
    private readonly LiteDbFindingStore _store;
    private readonly FindingConsent _consent;

    public FindingConsentTests()
    {
        _store = new LiteDbFindingStore(_database);
        _consent = new FindingConsent(_store, new FakeTimeProvider(Now), NullLogger<FindingConsent>.Instance);
    }

    private static Finding Alices => new()
    {
        Id = "msg:C0INC1:1793886190.000200", Text = "I keep a saved query in a gist", AuthorId = "U0ALICE",
        IncidentId = "C0INC1:1793880000", ChannelId = "C0INC1", CreatedAt = Now.AddDays(-1),
    };

    [Test]
    public async Task The_author_withdraws_a_finding_and_it_is_gone_for_good()
    {
        await _store.SaveAsync(Alices, CancellationToken.None);

        var first = await _consent.WithdrawAsync(Alices.Id, "U0ALICE", CancellationToken.None);
        var again = await _consent.WithdrawAsync(Alices.Id, "U0ALICE", CancellationToken.None);
        var resaved = await _store.SaveAsync(Alices, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(first.Outcome, Is.EqualTo(ConsentOutcome.Changed));
            Assert.That(again.Outcome, Is.EqualTo(ConsentOutcome.Unchanged));
            Assert.That(resaved, Is.False);
            Assert.That(await _store.FindAsync(Alices.Id, CancellationToken.None), Is.Null);
            Assert.That((await _store.WithdrawalAsync(Alices.Id, CancellationToken.None))?.WithdrawnAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public async Task Someone_else_is_refused_and_nothing_changes()
    {
        await _store.SaveAsync(Alices, CancellationToken.None);

        var withdraw = await _consent.WithdrawAsync(Alices.Id, "U0BOB", CancellationToken.None);
        var narrow = await _consent.SetVisibilityAsync(Alices.Id, "U0BOB", FindingVisibility.IncidentChannel, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(withdraw.Outcome, Is.EqualTo(ConsentOutcome.NotTheAuthor));
            Assert.That(narrow.Outcome, Is.EqualTo(ConsentOutcome.NotTheAuthor));
            Assert.That(await _store.FindAsync(Alices.Id, CancellationToken.None) is { Visibility: FindingVisibility.Organisation }, Is.True);
            Assert.That(await _store.WithdrawalAsync(Alices.Id, CancellationToken.None), Is.Null);
        });
    }

    [Test]
    public async Task Narrowing_is_stored_and_repeating_it_changes_nothing()
    {
        await _store.SaveAsync(Alices, CancellationToken.None);

        var first = await _consent.SetVisibilityAsync(Alices.Id, "U0ALICE", FindingVisibility.IncidentChannel, CancellationToken.None);
        var again = await _consent.SetVisibilityAsync(Alices.Id, "U0ALICE", FindingVisibility.IncidentChannel, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(first.Outcome, Is.EqualTo(ConsentOutcome.Changed));
            Assert.That(again.Outcome, Is.EqualTo(ConsentOutcome.Unchanged));
            Assert.That((await _store.FindAsync(Alices.Id, CancellationToken.None))?.Visibility, Is.EqualTo(FindingVisibility.IncidentChannel));
        });
    }

    [Test]
    public async Task Unknown_ids_and_visibilities_get_a_clear_answer()
    {
        await _store.SaveAsync(Alices, CancellationToken.None);
        await _consent.WithdrawAsync(Alices.Id, "U0ALICE", CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That((await _consent.WithdrawAsync("msg:C0NONE:1.1", "U0ALICE", CancellationToken.None)).Outcome, Is.EqualTo(ConsentOutcome.UnknownFinding));
            Assert.That((await _consent.WithdrawAsync(Alices.Id, "U0BOB", CancellationToken.None)).Outcome, Is.EqualTo(ConsentOutcome.UnknownFinding),
                "someone else does not learn that it was withdrawn");
            Assert.That((await _consent.SetVisibilityAsync(Alices.Id, "U0ALICE", FindingVisibility.Organisation, CancellationToken.None)).Outcome,
                Is.EqualTo(ConsentOutcome.UnknownFinding));
            Assert.That((await _consent.SetVisibilityAsync(Alices.Id, "U0ALICE", (FindingVisibility)7, CancellationToken.None)).Outcome,
                Is.EqualTo(ConsentOutcome.UnknownVisibility));
        });
    }

    public void Dispose() => _database.Dispose();
}
