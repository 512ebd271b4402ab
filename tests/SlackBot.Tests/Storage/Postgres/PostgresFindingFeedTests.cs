using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Storage.Postgres;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// Each replica keeps its own search index; <see cref="PostgresFindingFeed"/> brings findings another replica wrote
/// (by any writer: the trigger on <c>findings</c> sees them all) into it, and takes withdrawn ones out.
/// </summary>
public sealed class PostgresFindingFeedTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);

    private PostgresReplicas _replicas = null!;

    [SetUp]
    public void CreateDatabase() => _replicas = new PostgresReplicas();

    [TearDown]
    public async Task DropDatabase() => await _replicas.DisposeAsync();

    [Test]
    public async Task A_finding_saved_on_one_replica_is_found_on_the_other_and_a_withdrawal_takes_it_out()
    {
        var a = await _replicas.StartAsync(withSearch: true);
        var b = await _replicas.StartAsync(withSearch: true);
        var finding = Public("msg:C0INC1:1793886190.000200", "I keep a saved query in a gist for the connection pool");

        await a.GetRequiredService<IFindingStore>().SaveAsync(finding, CancellationToken.None);
        await Poll.UntilAsync(() => Ids(b, "gist").Contains(finding.Id), what: "replica B to find what A saved");
        await a.GetRequiredService<IFindingStore>().WithdrawAsync(new FindingWithdrawal { Id = finding.Id, AuthorId = finding.AuthorId, WithdrawnAt = T0 }, CancellationToken.None);
        await Poll.UntilAsync(() => Ids(b, "gist").Count == 0, what: "replica B to drop the withdrawn finding");

        Assert.That(Ids(a, "gist"), Is.Empty, "the writer's own index followed through its observer");
    }

    [Test]
    public async Task A_write_in_a_transaction_that_commits_after_a_later_one_is_not_skipped()
    {
        var a = await _replicas.StartAsync(withSearch: true);
        var b = await _replicas.StartAsync(withSearch: true);
        var slow = Public("modal:q:C0INC1:1:U0BOB", "the runbook for the failover was out of date");
        var quick = Public("note:Ev2", "we paged the database team through the escalation policy");

        // A unit of work's transaction writes first (through the table a unit of work uses) and commits last.
        await using var connection = new NpgsqlConnection(_replicas.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        Assert.That(await a.GetRequiredService<PostgresFindingTable>().SaveAsync(connection, transaction, slow, CancellationToken.None), Is.True);
        await a.GetRequiredService<IFindingStore>().SaveAsync(quick, CancellationToken.None);
        await Poll.UntilAsync(() => Ids(b, "escalation").Contains(quick.Id), what: "replica B to find the quick finding");
        await transaction.CommitAsync();

        await Poll.UntilAsync(() => Ids(b, "runbook").Contains(slow.Id), what: "replica B to find the finding whose transaction committed later");
    }

    [Test]
    public async Task A_replica_started_later_finds_what_was_written_before_it_started()
    {
        var a = await _replicas.StartAsync(withSearch: true);
        var finding = Public("note:Ev3", "the dashboard hid the retry storm behind an average");
        await a.GetRequiredService<IFindingStore>().SaveAsync(finding, CancellationToken.None);

        var b = await _replicas.StartAsync(withSearch: true);

        await Poll.UntilAsync(() => Ids(b, "storm").Contains(finding.Id), what: "the new replica's index to hold the earlier finding");
    }

    private static List<string> Ids(ServiceProvider replica, string terms) =>
        replica.GetRequiredService<IFindingSearch>()
            .SearchAsync(new SearchQuery(terms, SearchVisibility.PublicOnly), CancellationToken.None).GetAwaiter().GetResult()
            .Hits.Select(hit => hit.FindingId).ToList();

    private static Finding Public(string id, string text) =>
        Documents.Finding(id, "C0INC1:1793886101", T0) with { Text = text, Visibility = FindingVisibility.Organisation };
}
