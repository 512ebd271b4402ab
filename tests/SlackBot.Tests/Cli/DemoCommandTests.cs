using SlackBot.Cli;

namespace SlackBot.Tests.Cli;

public class DemoCommandTests
{
    [Test]
    public async Task The_demo_runs_the_whole_loop_on_the_sample_without_settings()
    {
        var run = await CliRun.OfAsync(DemoCommand.RunAsync);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Out, Does.Contain("1. While #inc-2026-11-checkout-latency was busy"));
            Assert.That(run.Out, Does.Contain("learning moments"));
            Assert.That(run.Out, Does.Contain("2. After it was resolved"));
            Assert.That(run.Out, Does.Contain("Asia/Kolkata"), "questions are timed in each person's own zone");
            Assert.That(run.Out, Does.Contain("3. What people answered"));
            Assert.That(run.Out, Does.Contain("queries/retry-attempts-per-order.sql"), "an answer kept as a finding");
            Assert.That(run.Out, Does.Contain("Scripts and tools"), "findings grouped by theme");
            Assert.That(run.Out, Does.Not.Contain("<@U"), "people by name, not markup");
            Assert.That(run.Out, Does.Contain("5. The weekly digest").And.Contain("# What we learned, week 2026-W"), "it ends with the sample week's digest");
            Assert.That(run.Out.IndexOf("5. The weekly digest", StringComparison.Ordinal), Is.LessThan(run.Out.IndexOf("Try it", StringComparison.Ordinal)));
            Assert.That(run.Out, Does.Contain("4. The next mystery"), "a follow-up question and its answer");
            Assert.That(run.Out, Does.Contain("follow-up: @noor, thank you. About “it isn't in the runbook"), "the follow-up quotes the answer");
            Assert.That(run.Out, Does.Contain("Mostly by shadowing"), "the follow-up's answer, kept as a finding");
            Assert.That(run.Out, Does.Not.Contain("Passing for now"), "a decline is not a finding");
            Assert.That(run.Error, Is.Empty, "the sample reads without problems");
        });
    }

    [Test]
    public async Task The_demo_never_touches_the_configured_store()
    {
        var before = File.Exists(Path.Combine(Environment.CurrentDirectory, "data", "slackbot.db"));
        await CliRun.OfAsync(DemoCommand.RunAsync);
        Assert.That(File.Exists(Path.Combine(Environment.CurrentDirectory, "data", "slackbot.db")), Is.EqualTo(before));
    }

    [Test]
    public async Task Arguments_are_refused_with_a_pointer_to_replay()
    {
        var run = await CliRun.OfAsync(DemoCommand.RunAsync, "my-export");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(run.Error, Does.Contain("replay"));
        });
    }
}
