using SlackBot.Cli;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Cli;

public class ImportCommandTests
{
    [Test]
    public async Task Import_backfills_the_incident_its_moments_and_the_answers_as_findings()
    {
        using var directory = new TempDirectory();
        var store = directory.File("bot.db");

        var run = await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--workspace-url", "https://northwind.slack.com", "--Storage:Path=" + store);

        using var database = LiteDbDatabase.OpenFile(store);
        var incident = (await new LiteDbIncidentStore(database).AllAsync(CancellationToken.None)).Single();
        var findings = await new LiteDbFindingStore(database).AllAsync(CancellationToken.None);
        var moments = await new LiteDbMomentStore(database).ForIncidentAsync(incident.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Out, Does.Contain("findings"));
            Assert.That(incident.ChannelName, Is.EqualTo("inc-2026-11-checkout-latency"));
            Assert.That(incident.Origin, Is.EqualTo(IncidentOrigin.Import), "history: nobody is asked about it");
            Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(incident.ResolvedVia, Is.EqualTo(ResolutionSource.StatusBot).Or.EqualTo(ResolutionSource.Message));
            Assert.That(moments, Has.Count.GreaterThan(10));
            Assert.That(moments, Has.All.Matches<Moment>(moment => IncidentSpan.Contains(incident, moment.At)),
                "the live rule: a moment belongs to the incident whose span holds its time");
            Assert.That(findings.Where(f => f.QuestionText is not null).ToList(), Has.Count.GreaterThanOrEqualTo(5), "answers to the bot's questions");
            Assert.That(findings.Where(f => f.QuestionText is null).ToList(), Has.Count.GreaterThanOrEqualTo(1), "the :bulb: message");
            Assert.That(findings, Has.All.Matches<Finding>(f => f.IncidentId == incident.Id && f.Permalink!.StartsWith("https://northwind.slack.com/archives/C", StringComparison.Ordinal)));
            Assert.That(findings, Has.None.Matches<Finding>(f => f.AuthorId == "U0LEARNBOT"));
        });
    }

    [Test]
    public async Task Importing_the_same_export_twice_changes_nothing()
    {
        using var directory = new TempDirectory();
        var store = directory.File("bot.db");
        await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--Storage:Path=" + store);
        var before = Snapshot(store);

        var second = await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--Storage:Path=" + store);

        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.Zero);
            Assert.That(second.Out, Does.Contain("Nothing changed"));
            Assert.That(Snapshot(store), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task A_bad_workspace_url_is_refused_before_anything_is_written()
    {
        using var directory = new TempDirectory();
        var store = directory.File("bot.db");
        var run = await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--workspace-url", "northwind", "--Storage:Path=" + store);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.Contain("--workspace-url"));
            Assert.That(File.Exists(store), Is.False);
        });
    }

    [Test]
    public async Task An_empty_store_path_is_refused_as_serve_refuses_it()
    {
        var run = await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--Storage:Path=");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.Contain("Storage:Path must name the LiteDB file"));
        });
    }

    [Test]
    public async Task A_path_that_is_not_an_export_is_refused()
    {
        using var directory = new TempDirectory();
        var run = await CliRun.OfAsync(ImportCommand.RunAsync, directory.Path, "--Storage:Path=" + directory.File("bot.db"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Unusable));
            Assert.That(run.Error, Does.StartWith("import: "));
        });
    }

    private static string Snapshot(string store)
    {
        using var database = LiteDbDatabase.OpenFile(store);
        return string.Join('\n', new[] { "incidents", "moments", "findings" }.Select(name =>
            string.Join('\n', database.Lite.GetCollection(name).FindAll().Select(document => document.ToString()).Order(StringComparer.Ordinal))));
    }
}
