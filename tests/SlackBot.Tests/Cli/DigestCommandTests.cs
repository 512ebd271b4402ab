using System.Globalization;
using SlackBot.Cli;
using SlackBot.Features.Incidents;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Cli;

public class DigestCommandTests
{
    [Test]
    public async Task The_digest_of_the_imported_week_is_printed_as_markdown_without_slack_settings()
    {
        using var directory = new TempDirectory();
        var store = directory.File("bot.db");
        await CliRun.OfAsync(ImportCommand.RunAsync, CliRun.SamplePath, "--workspace-url", "https://northwind.slack.com", "--Storage:Path=" + store);
        string week;
        using (var database = LiteDbDatabase.OpenFile(store))
        {
            var started = (await new LiteDbIncidentStore(database).AllAsync(CancellationToken.None)).Single().StartedAt.UtcDateTime;
            week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(started)}-W{ISOWeek.GetWeekOfYear(started):00}");
        }

        var chart = directory.File("digest.png");
        var markdown = await CliRun.OfAsync(DigestCommand.RunAsync, "--week", week, "--chart", chart, "--Storage:Path=" + store);
        var text = await CliRun.OfAsync(DigestCommand.RunAsync, "--week", week, "--format", "text", "--Storage:Path=" + store);
        var otherTeam = await CliRun.OfAsync(DigestCommand.RunAsync, "--week", week, "--team", "search", "--Storage:Path=" + store);

        Assert.Multiple(() =>
        {
            Assert.That(markdown.ExitCode, Is.Zero, markdown.Error);
            Assert.That(markdown.Out, Does.StartWith($"# What we learned, week {week}"));
            Assert.That(markdown.Out, Does.Contain("## Findings by theme").And.Contain("](https://northwind.slack.com/archives/C"));
            Assert.That(markdown.Out, Does.Contain("> — priya · #inc-"), "people named from the export's users, which the import cached");
            Assert.That(markdown.Out, Does.Not.Contain("— U0"), "nobody shown by user id");
            Assert.That(text.Out, Does.Contain("FINDINGS BY THEME").And.Not.Contain("## "));
            Assert.That(File.ReadAllBytes(chart)[..4], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "the chart next to the Markdown");
            Assert.That(otherTeam.Out, Does.Contain("A quiet week for search"), "no incident of the sample is tagged with that team");
        });
    }

    [TestCase("--week", "2026-48", "ISO week")]
    [TestCase("--format", "html", "markdown or text")]
    [TestCase("--zone", "Mars/Base", "IANA")]
    public async Task Bad_options_are_refused_with_a_clear_message(string option, string value, string message)
    {
        var run = await CliRun.OfAsync(DigestCommand.RunAsync, option, value);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.Contain(message));
            Assert.That(run.Out, Is.Empty);
        });
    }
}
