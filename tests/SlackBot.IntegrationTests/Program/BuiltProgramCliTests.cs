using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Program;

/// <summary>The offline commands of the built program, as a newcomer runs them: no settings, no Slack.</summary>
public class BuiltProgramCliTests
{
    [Test]
    public async Task Demo_runs_the_loop_on_the_bundled_sample_with_no_settings_at_all()
    {
        using var directory = new TempDirectory();
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>(), "demo");

        var exitCode = await program.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, program.Errors);
            Assert.That(program.Output, Does.Contain("learning moments").And.Contain("After it was resolved").And.Contain("What people answered"));
            Assert.That(Directory.Exists(Path.Combine(directory.Path, "data")), Is.False, "the demo writes no store");
        });
    }

    [Test]
    public async Task Replay_json_is_the_only_thing_on_stdout()
    {
        using var directory = new TempDirectory();
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "northwind-incident-export");
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>(), "replay", sample, "--format", "json");

        var exitCode = await program.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, program.Errors);
            Assert.That(JsonNode.Parse(program.Output)!.AsArray(), Has.Count.GreaterThan(0));
        });
    }

    [Test]
    public async Task An_offline_command_on_a_damaged_data_file_says_so_in_one_line_and_leaves_it_alone()
    {
        using var directory = new TempDirectory();
        var store = Path.Combine(directory.Path, "damaged.db");
        await File.WriteAllBytesAsync(store, Enumerable.Range(0, 5000).Select(index => (byte)(index * 7)).ToArray());
        var before = await File.ReadAllBytesAsync(store);
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>(), "digest", "--Storage:Path=" + store);

        var exitCode = await program.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Multiple(async () =>
        {
            Assert.That(exitCode, Is.EqualTo(3), program.Errors);
            Assert.That(program.Errors, Does.StartWith("digest: the data file").And.Contain("cannot be opened").And.Not.Contain("   at "), "one line, no stack trace");
            Assert.That(await File.ReadAllBytesAsync(store), Is.EqualTo(before), "nothing in it changed");
        });
    }

    [TestCase("frobnicate", "Unknown command 'frobnicate'")]
    [TestCase("replay", "give the path of a Slack export")]
    public async Task Mistakes_get_a_clear_message_and_a_non_zero_exit(string command, string message)
    {
        using var directory = new TempDirectory();
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>(), command);

        var exitCode = await program.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(program.Errors, Does.Contain(message));
        });
    }

    [TestCase("--help", "slackbot demo")]
    [TestCase("demo --help", "Usage: slackbot demo")]
    [TestCase("import --help", "Usage: slackbot import")]
    [TestCase("replay --help", "Usage: slackbot replay")]
    public async Task Every_command_has_help(string arguments, string expected)
    {
        using var directory = new TempDirectory();
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>(), arguments.Split(' '));

        var exitCode = await program.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(program.Output, Does.Contain(expected));
        });
    }
}
