using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SlackBot.Cli;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Scheduling;
using SlackBot.Slack.Inbound;
using SlackBot.Storage;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Cli;

/// <summary>`migrate`, and the offline commands on PostgreSQL: the sample imported into LiteDB, copied, read back.</summary>
public sealed class MigrateCommandTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private PostgresServer _server = null!;
    private string _database = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _server = PostgresStorageProvider.RequireServer();
        _database = _server.CreateDatabase();
    }

    [TearDown]
    public void DropDatabase() => _server.DropDatabase(_database);

    [Test]
    public async Task A_litedb_store_is_copied_once_with_its_withdrawals_outbox_inbox_and_runs_and_a_second_run_copies_nothing()
    {
        using var directory = new TempDirectory();
        var file = directory.File("bot.db");
        Assert.That((await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--Storage:Path=" + file)).ExitCode, Is.Zero);
        string withdrawnId;
        using (var lite = LiteDbDatabase.OpenFile(file))
        {
            var findings = new LiteDbFindingStore(lite);
            withdrawnId = (await findings.AllAsync(CancellationToken.None))[0].Id;
            await findings.WithdrawAsync(new FindingWithdrawal { Id = withdrawnId, AuthorId = "U0ALICE", WithdrawnAt = At }, CancellationToken.None);
            new LiteDbOutboxStore(lite).Add(Outbox.Stamp(Documents.Post("post:1"), At));
            lite.Collection<InboxRecord>(LiteDbInbox.CollectionName).Insert(InboxRecord.From(Envelope("ev:Ev0PENDING"), 1));
            await new LiteDbJobRunStore(lite).RecordSkippedAsync("digest", At, At, CancellationToken.None);
        }

        var first = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", file, "--to", ConnectionString);
        var second = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", file, "--to", ConnectionString);

        await using var postgres = CliStorage.OnPostgres(ConnectionString);
        using var source = LiteDbDatabase.OpenFile(file);
        Assert.Multiple(async () =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(first.Out, Does.Contain("Copied"));
            Assert.That(first.Error, Does.Contain("Copying").And.Not.Contain("Password"));
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(second.Out, Does.Contain("Nothing to copy"));

            Assert.That(Json((await postgres.GetRequiredService<IIncidentStore>().AllAsync(CancellationToken.None)).OrderBy(document => document.Id, StringComparer.Ordinal)),
                Is.EqualTo(Json((await new LiteDbIncidentStore(source).AllAsync(CancellationToken.None)).OrderBy(document => document.Id, StringComparer.Ordinal))));
            Assert.That(Json((await postgres.GetRequiredService<IMomentStore>().AllAsync(CancellationToken.None)).OrderBy(document => document.Id, StringComparer.Ordinal)),
                Is.EqualTo(Json((await new LiteDbMomentStore(source).AllAsync(CancellationToken.None)).OrderBy(document => document.Id, StringComparer.Ordinal))));
            Assert.That(Json((await postgres.GetRequiredService<IQuestionStore>().AllAsync(CancellationToken.None)).OrderBy(document => document.Id, StringComparer.Ordinal)),
                Is.EqualTo(Json((await new LiteDbQuestionStore(source).AllAsync(CancellationToken.None)).OrderBy(document => document.Id, StringComparer.Ordinal))));
            var copied = await postgres.GetRequiredService<IFindingStore>().AllAsync(CancellationToken.None);
            Assert.That(copied.Select(finding => finding.Id), Is.EquivalentTo((await new LiteDbFindingStore(source).AllAsync(CancellationToken.None)).Select(finding => finding.Id)));
            Assert.That(copied, Is.Not.Empty);
            Assert.That(copied.Select(finding => finding.Id), Does.Not.Contain(withdrawnId), "a withdrawn finding stays out");
            Assert.That(await postgres.GetRequiredService<IFindingStore>().WithdrawalAsync(withdrawnId, CancellationToken.None), Is.Not.Null);
            Assert.That(postgres.GetRequiredService<IOutboxRecords>().Find("post:1")?.Status, Is.EqualTo(SlackBot.Slack.Outbound.OutboxStatus.Pending));
            Assert.That(postgres.GetRequiredService<IInboxRecords>().Find("ev:Ev0PENDING")?.Status, Is.EqualTo(InboxStatus.Pending), "a delivery not processed yet is processed on PostgreSQL");
            Assert.That((await postgres.GetRequiredService<IJobRunStore>().FindAsync("digest", At, CancellationToken.None))?.Status, Is.EqualTo(JobRunStatus.Skipped));
        });
    }

    [Test]
    public async Task Import_and_digest_work_on_postgresql_as_on_litedb()
    {
        using var directory = new TempDirectory();
        var file = directory.File("bot.db");
        var onPostgres = new[] { "--Storage:Provider=Postgres", "--Storage:ConnectionString=" + ConnectionString };
        Assert.That((await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--Storage:Path=" + file)).ExitCode, Is.Zero);
        var imported = await CliRun.OfAsync(ImportCommand.RunAsync, [CliRun.SamplePath, .. onPostgres]);
        var again = await CliRun.OfAsync(ImportCommand.RunAsync, [CliRun.SamplePath, .. onPostgres]);

        string week;
        using (var lite = LiteDbDatabase.OpenFile(file))
        {
            var started = (await new LiteDbIncidentStore(lite).AllAsync(CancellationToken.None)).Single().StartedAt.UtcDateTime;
            week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(started)}-W{ISOWeek.GetWeekOfYear(started):00}");
        }

        var fromLite = await CliRun.OfAsync(DigestCommand.RunAsync, "--week", week, "--Storage:Path=" + file);
        var fromPostgres = await CliRun.OfAsync(DigestCommand.RunAsync, ["--week", week, .. onPostgres]);

        Assert.Multiple(() =>
        {
            Assert.That(imported.ExitCode, Is.Zero, imported.Error);
            Assert.That(again.Out, Does.Contain("Nothing changed"), "importing again changes nothing on PostgreSQL too");
            Assert.That(fromPostgres.ExitCode, Is.Zero, fromPostgres.Error);
            Assert.That(fromPostgres.Out, Does.Contain("#inc-"));
            Assert.That(fromPostgres.Out, Is.EqualTo(fromLite.Out), "the same week's digest from either store");
        });
    }

    [Test]
    public async Task A_collection_of_several_batches_is_copied_whole_and_a_second_run_copies_none_of_it()
    {
        using var directory = new TempDirectory();
        var file = directory.File("bot.db");
        const int count = 1_234;
        using (var lite = LiteDbDatabase.OpenFile(file))
            lite.Collection<IncidentMessage>(LiteDbCollections.IncidentMessages).InsertBulk(Enumerable.Range(0, count).Select(index => new IncidentMessage
            {
                Id = IncidentMessage.IdFor("C0INC", $"1764000000.{index:D6}"), IncidentId = "inc-1", ChannelId = "C0INC",
                Ts = $"1764000000.{index:D6}", UserId = "U0ALICE", Text = $"message {index}", At = At.AddSeconds(index),
            }));

        var first = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", file, "--to", ConnectionString);
        var second = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", file, "--to", ConnectionString);

        await using var postgres = CliStorage.OnPostgres(ConnectionString);
        var copied = await postgres.GetRequiredService<IIncidentMessageStore>().ForIncidentAsync("inc-1", CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(second.Out, Does.Contain("Nothing to copy"));
            Assert.That(copied.Select(message => message.Text).Distinct().Count(), Is.EqualTo(count));
        });
    }

    [Test]
    public async Task An_unreachable_database_is_one_line_naming_it_and_never_the_password()
    {
        using var directory = new TempDirectory();
        var file = directory.File("bot.db");
        await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--Storage:Path=" + file);

        var run = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", file, "--to", "Host=127.0.0.1;Port=1;Database=slackbot;Username=bot;Password=hunter2-secret;Timeout=3");
        var noTarget = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", file);
        var noFile = await CliRun.OfAsync(MigrateCommand.RunAsync, "--from", directory.File("missing.db"), "--to", ConnectionString);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Unusable));
            Assert.That(run.Error.Trim(), Does.StartWith("migrate: ").And.Contain("127.0.0.1:1/slackbot").And.Not.Contain("hunter2"));
            Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(noTarget.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(noTarget.Error, Does.Contain("--to"));
            Assert.That(noFile.ExitCode, Is.EqualTo(ExitCodes.Unusable));
            Assert.That(noFile.Error, Does.Contain("missing.db"));
        });
    }

    private string ConnectionString => _server.ConnectionString(_database);

    /// <summary>Compared by id: documents with the same time keep no particular order (docs/storage-contract.md).</summary>
    private static string Json<T>(IEnumerable<T> documents) => JsonSerializer.Serialize(documents.ToList());

    private static SlackEnvelope Envelope(string id) =>
        new(id, EnvelopeKind.Event, "message", """{"event":{"type":"message","channel":"C0INC1","user":"U0ALICE","text":"hi","ts":"1.1"}}""", At, "http", 0, null);
}
