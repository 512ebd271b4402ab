using System.Text.Json.Nodes;
using SlackBot.Cli;
using SlackBot.Features.Moments;

namespace SlackBot.Tests.Cli;

public class ReplayCommandTests
{
    [Test]
    public void Json_output_is_exactly_one_array_of_moments_with_the_contract_fields()
    {
        var run = CliRun.Of(ReplayCommand.Run, CliRun.SamplePath, "--format", "json");

        var items = JsonNode.Parse(run.Out)!.AsArray();
        var exportTimestamps = AllTimestamps(Path.Combine(CliRun.SamplePath, "inc-2026-11-checkout-latency"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(items, Has.Count.GreaterThan(10));
            foreach (var item in items.Select(node => node!.AsObject()))
            {
                Assert.That(item["channel"]!.GetValue<string>(), Is.EqualTo("inc-2026-11-checkout-latency"), "only incident channels by default");
                Assert.That(exportTimestamps, Does.Contain(item["ts"]!.GetValue<string>()), "ts exactly as in the export");
                Assert.That(item["user"]!.GetValue<string>(), Does.Match("^U[A-Z0-9]+$"));
                Assert.That(MomentCategories.TryParse(item["category"]!.GetValue<string>(), out _), Is.True);
                Assert.That(item["question"]!.GetValue<string>(), Does.Contain($"<@{item["user"]!.GetValue<string>()}>"));
                Assert.That(item["cue"]!.GetValue<string>(), Is.Not.Empty);
                Assert.That(item["confidence"]!.GetValue<double>(), Is.InRange(0.0, 1.0));
            }
        });
    }

    [Test]
    public void The_bots_own_questions_and_the_answers_to_them_are_not_moments()
    {
        var items = JsonNode.Parse(CliRun.Of(ReplayCommand.Run, CliRun.SamplePath, "--format", "json").Out)!.AsArray();
        var users = items.Select(item => item!["user"]!.GetValue<string>()).ToList();
        var texts = items.Select(item => item!["text"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(users, Has.None.EqualTo("U0LEARNBOT"));
            Assert.That(texts, Has.None.Contains("It started as a scratch query two Black Fridays ago"), "an answer in a question's thread");
        });
    }

    [Test]
    public void Channels_option_chooses_other_channels()
    {
        var items = JsonNode.Parse(CliRun.Of(ReplayCommand.Run, CliRun.SamplePath, "--format=json", "--channels", "^general$").Out)!.AsArray();
        Assert.That(items.Select(item => item!["channel"]!.GetValue<string>()), Is.All.EqualTo("general"));
    }

    [Test]
    public void Text_output_shows_people_by_name_and_the_question()
    {
        var run = CliRun.Of(ReplayCommand.Run, CliRun.SamplePath);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(run.Out, Does.Contain("#inc-2026-11-checkout-latency"));
            Assert.That(run.Out, Does.Contain("→"));
            Assert.That(run.Out, Does.Contain("I keep a saved query in a gist"));
            Assert.That(run.Out, Does.Not.Contain("<@U"), "mentions are shown as names");
        });
    }

    [Test]
    public void A_zipped_export_reads_like_the_folder()
    {
        using var directory = new TempDirectory();
        var zip = directory.File("export.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(CliRun.SamplePath, zip);

        var fromFolder = CliRun.Of(ReplayCommand.Run, CliRun.SamplePath, "--format", "json").Out;
        var fromZip = CliRun.Of(ReplayCommand.Run, zip, "--format", "json").Out;

        Assert.That(fromZip, Is.EqualTo(fromFolder));
    }

    [Test]
    public void Malformed_files_are_reported_on_stderr_and_the_rest_is_read()
    {
        var run = CliRun.Of(ReplayCommand.Run, Fixtures.Path("Import/malformed-export"), "--format", "json", "--channels", ".");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(() => JsonNode.Parse(run.Out), Throws.Nothing, "stdout stays one JSON document");
            Assert.That(run.Error, Does.Contain("problem(s) in the export"));
        });
    }

    [TestCase("/nonexistent/export", 3, "no such folder or file")]
    [TestCase("", 3, "give the path")]
    public void A_bad_path_gets_a_clear_message_and_a_non_zero_exit(string path, int exitCode, string message)
    {
        var run = path.Length == 0 ? CliRun.Of(ReplayCommand.Run) : CliRun.Of(ReplayCommand.Run, path);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(exitCode));
            Assert.That(run.Error, Does.Contain(message).IgnoreCase);
            Assert.That(run.Out, Is.Empty);
        });
    }

    [TestCase("--format", "xml")]
    [TestCase("--colour", "blue")]
    [TestCase("--channels", "([unclosed")]
    public void Bad_options_get_usage_help_and_exit_2(string option, string value)
    {
        var run = CliRun.Of(ReplayCommand.Run, CliRun.SamplePath, option, value);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.Contain("replay:"));
        });
    }

    [Test]
    public void Help_explains_the_command()
    {
        var run = CliRun.Of(ReplayCommand.Run, "--help");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(run.Out, Does.Contain("Usage: slackbot replay <export>").And.Contain("--format text|json"));
        });
    }

    private static HashSet<string> AllTimestamps(string channelFolder) =>
        Directory.EnumerateFiles(channelFolder, "*.json")
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            .Select(message => message!["ts"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
}
