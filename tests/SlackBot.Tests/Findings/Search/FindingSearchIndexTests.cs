using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Findings.Search;

public class FindingSearchIndexTests
{
    [Test]
    public async Task A_removed_finding_is_no_longer_found()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "The cron job ran twice."), AFinding.Public("f2", "The cron job never ran."));

        bed.Search.Remove("f1");

        Assert.That(await bed.IdsAsync("cron"), Is.EqualTo(new[] { "f2" }));
    }

    [Test]
    public async Task An_edited_finding_is_found_by_its_new_words_only()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "The cron job ran twice."));

        bed.Search.Index(AFinding.Public("f1", "The scheduler ran twice."));

        Assert.Multiple(async () =>
        {
            Assert.That(await bed.IdsAsync("cron"), Is.Empty);
            Assert.That(await bed.IdsAsync("scheduler"), Is.EqualTo(new[] { "f1" }));
        });
    }

    [Test]
    public async Task A_finding_that_may_not_be_searched_is_taken_out_when_indexed()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "The cron job ran twice."));

        bed.Search.Index(AFinding.Public("f1", "   "));

        Assert.That(await bed.IdsAsync("cron"), Is.Empty);
    }

    [Test]
    public async Task Removing_an_unknown_finding_changes_nothing()
    {
        using var bed = SearchBed.With(AFinding.Public("f1", "The cron job ran twice."));

        bed.Search.Remove("nobody-knows-me");

        Assert.That(await bed.IdsAsync("cron"), Is.EqualTo(new[] { "f1" }));
    }

    [Test]
    public async Task Searches_wait_until_the_index_has_been_brought_in_line_with_the_store()
    {
        using var search = LuceneFindingSearch.InMemory(new FakeTimeProvider(), NullLogger<LuceneFindingSearch>.Instance);

        var pending = search.SearchAsync(new SearchQuery("cron", SearchVisibility.PublicOnly), CancellationToken.None);
        Assert.That(pending.IsCompleted, Is.False);

        search.Synchronise([AFinding.Public("f1", "The cron job ran twice.")]);

        Assert.That((await pending).Hits.Select(hit => hit.FindingId), Is.EqualTo(new[] { "f1" }));
    }

    [Test]
    public void A_search_before_start_up_can_be_cancelled()
    {
        using var search = LuceneFindingSearch.InMemory(new FakeTimeProvider(), NullLogger<LuceneFindingSearch>.Instance);
        using var cancel = new CancellationTokenSource();

        var pending = search.SearchAsync(new SearchQuery("cron", SearchVisibility.PublicOnly), cancel.Token);
        cancel.Cancel();

        Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task A_missing_index_is_rebuilt_from_the_store()
    {
        using var directory = new TempDirectory();
        var logs = new FakeLogCollector();

        using var search = Open(directory, logs);
        var result = search.Synchronise([AFinding.Public("f1", "The cron job ran twice."), AFinding.Public("f2", "DNS again."), AFinding.Public("empty", "")]);

        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(result with { Rebuilt = true, Findings = 2, Added = 2, Updated = 0, Removed = 0 }));
            Assert.That(logs.GetSnapshot().Select(record => record.Message), Has.One.Matches<string>(message =>
                message.StartsWith("Search index rebuilt from 2 findings in ", StringComparison.Ordinal) && message.EndsWith("(there was none)", StringComparison.Ordinal)));
            Assert.That(await IdsAsync(search, "cron"), Is.EqualTo(new[] { "f1" }));
        });
    }

    [Test]
    public async Task An_index_that_is_in_line_with_the_store_is_kept_and_what_changed_meanwhile_is_patched()
    {
        using var directory = new TempDirectory();
        var kept = AFinding.Public("kept", "The runbook was right.");
        using (var first = Open(directory))
        {
            first.Synchronise([kept, AFinding.Public("edited", "The cron job ran twice."), AFinding.Public("deleted", "DNS again.")]);
        }

        // While the bot was stopped an import edited one finding, deleted another and added a third.
        using var second = Open(directory);
        var result = second.Synchronise([kept, AFinding.Public("edited", "The scheduler ran twice."), AFinding.Public("added", "The certificate expired.")]);

        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(result with { Rebuilt = false, Findings = 3, Added = 1, Updated = 1, Removed = 1 }));
            Assert.That(await IdsAsync(second, "runbook"), Is.EqualTo(new[] { "kept" }));
            Assert.That(await IdsAsync(second, "cron"), Is.Empty);
            Assert.That(await IdsAsync(second, "scheduler"), Is.EqualTo(new[] { "edited" }));
            Assert.That(await IdsAsync(second, "dns"), Is.Empty);
            Assert.That(await IdsAsync(second, "certificate"), Is.EqualTo(new[] { "added" }));
        });
    }

    [Test]
    public async Task Changes_made_while_running_are_on_disk_after_a_clean_stop()
    {
        using var directory = new TempDirectory();
        using (var first = Open(directory))
        {
            first.Synchronise([AFinding.Public("f1", "The cron job ran twice.")]);
            first.Index(AFinding.Public("f2", "The certificate expired."));
            first.Remove("f1");
        }

        using var second = Open(directory);
        var result = second.Synchronise([AFinding.Public("f2", "The certificate expired.")]);

        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(result with { Rebuilt = false, Added = 0, Updated = 0, Removed = 0 }));
            Assert.That(await IdsAsync(second, "certificate"), Is.EqualTo(new[] { "f2" }));
        });
    }

    [Test]
    public async Task A_damaged_index_is_started_afresh_and_rebuilt()
    {
        using var directory = new TempDirectory();
        using (var first = Open(directory)) first.Synchronise([AFinding.Public("f1", "The cron job ran twice.")]);
        foreach (var file in Directory.GetFiles(directory.Path, "*", SearchOption.AllDirectories)) File.WriteAllText(file, "not an index");
        var logs = new FakeLogCollector();

        using var second = Open(directory, logs);
        var result = second.Synchronise([AFinding.Public("f1", "The cron job ran twice.")]);

        Assert.Multiple(async () =>
        {
            Assert.That(result.Rebuilt, Is.True);
            Assert.That(logs.GetSnapshot().Select(record => record.Message), Has.Some.EndsWith("(it could not be read)"));
            Assert.That(await IdsAsync(second, "cron"), Is.EqualTo(new[] { "f1" }));
        });
    }

    [Test]
    public async Task The_findings_store_keeps_the_index_following_it()
    {
        using var database = LiteDbDatabase.InMemory();
        using var bed = SearchBed.With();
        var store = new LiteDbFindingStore(database, [new SearchIndexUpdater(bed.Search, NullLogger<SearchIndexUpdater>.Instance)]);

        await store.SaveAsync(AFinding.Public("f1", "The cron job ran twice."), CancellationToken.None);
        await store.SaveAsync(AFinding.Public("f2", "The cron job never ran."), CancellationToken.None);
        await store.DeleteAsync("f2", CancellationToken.None);

        Assert.That(await bed.IdsAsync("cron"), Is.EqualTo(new[] { "f1" }));
    }

    [Test]
    public async Task A_unit_of_work_tells_the_index_what_it_committed()
    {
        using var database = LiteDbDatabase.InMemory();
        using var bed = SearchBed.With();
        var unitOfWork = UnitOfWork(database, new SearchIndexUpdater(bed.Search, NullLogger<SearchIndexUpdater>.Instance));

        await unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(AFinding.Public("f1", "The cron job ran twice."));
            transaction.Save(AFinding.Public("f2", "The cron job never ran."));
        }, CancellationToken.None);

        Assert.That(await bed.IdsAsync("cron"), Is.EquivalentTo(new[] { "f1", "f2" }));
    }

    [Test]
    public async Task A_write_that_rolls_back_never_reaches_the_index()
    {
        using var database = LiteDbDatabase.InMemory();
        using var bed = SearchBed.With();
        var unitOfWork = UnitOfWork(database, new SearchIndexUpdater(bed.Search, NullLogger<SearchIndexUpdater>.Instance));

        Assert.That(() => unitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(AFinding.Public("f1", "The cron job ran twice."));
            throw new InvalidOperationException("the rest of the unit of work failed");
        }, CancellationToken.None), Throws.InvalidOperationException);

        var stored = await new LiteDbFindingStore(database).FindAsync("f1", CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.Null);
            Assert.That(await bed.IdsAsync("cron"), Is.Empty);
        });
    }

    [Test]
    public async Task An_index_that_cannot_be_updated_never_fails_the_write_that_the_store_kept()
    {
        using var database = LiteDbDatabase.InMemory();
        var bed = SearchBed.With();
        bed.Dispose();
        var logs = new FakeLogCollector();
        var store = new LiteDbFindingStore(database, [new SearchIndexUpdater(bed.Search, new FakeLogger<SearchIndexUpdater>(logs))]);

        await store.SaveAsync(AFinding.Public("f1", "The cron job ran twice."), CancellationToken.None);

        var stored = await store.FindAsync("f1", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.Not.Null);
            Assert.That(logs.LatestRecord.Message, Does.Contain("Could not update the search index for finding f1"));
        });
    }

    [Test]
    public void The_index_lives_next_to_the_database_file() =>
        Assert.That(SearchIndexLocation.For(Path.Combine("data", "slackbot.db")), Is.EqualTo(Path.GetFullPath(Path.Combine("data", "slackbot.search"))));

    private static LiteDbUnitOfWork UnitOfWork(LiteDbDatabase database, IFindingObserver observer) =>
        new(database, new LiteDbOutboxStore(database), new OutboxSignal(), new FakeTimeProvider(SearchBed.Start), [observer]);

    private static LuceneFindingSearch Open(TempDirectory directory, FakeLogCollector? logs = null) =>
        LuceneFindingSearch.OpenFolder(Path.Combine(directory.Path, "slackbot.search"), new FakeTimeProvider(SearchBed.Start),
            logs is null ? NullLogger<LuceneFindingSearch>.Instance : new FakeLogger<LuceneFindingSearch>(logs));

    private static async Task<IReadOnlyList<string>> IdsAsync(LuceneFindingSearch search, string terms) =>
        (await search.SearchAsync(new SearchQuery(terms, SearchVisibility.PublicOnly), CancellationToken.None)).Hits.Select(hit => hit.FindingId).ToList();
}
