using SlackBot.LoadTest;

namespace SlackBot.Tests.LoadTest;

/// <summary>The load driver's command line: defaults for the full run, a small smoke run, clear refusals.</summary>
public class LoadOptionsTests
{
    [Test]
    public void Without_arguments_it_runs_twenty_second_phases_at_200_and_1000_per_second_and_32_connections()
    {
        var options = LoadOptions.Parse([]);

        Assert.Multiple(() =>
        {
            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(options.Rates, Is.EqualTo(new[] { 200, 1000 }));
            Assert.That(options.Connections, Is.EqualTo(32));
            Assert.That(options.Storage, Is.EqualTo(LoadStorage.LiteDb));
            Assert.That(options.Transports, Is.EqualTo(new[] { "http", "socket" }));
        });
    }

    [Test]
    public void Smoke_shortens_the_run_but_keeps_what_was_given()
    {
        var options = LoadOptions.Parse(["--smoke", "--connections", "8"]);

        Assert.Multiple(() =>
        {
            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(options.Rates, Is.EqualTo(new[] { 20 }));
            Assert.That(options.Connections, Is.EqualTo(8));
        });
    }

    [TestCase("20s", 20_000)]
    [TestCase("500ms", 500)]
    [TestCase("2m", 120_000)]
    [TestCase("1.5", 1_500)]
    public void Durations_take_a_unit(string text, int milliseconds) =>
        Assert.That(LoadOptions.ParseDuration("--duration", text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));

    [Test]
    public void Several_options_together()
    {
        var options = LoadOptions.Parse(["--rate", "50, 300", "--storage", "postgres", "--transport", "socket", "--duration", "5s"]);

        Assert.Multiple(() =>
        {
            Assert.That(options.Rates, Is.EqualTo(new[] { 50, 300 }));
            Assert.That(options.Storage, Is.EqualTo(LoadStorage.Postgres));
            Assert.That(options.Transports, Is.EqualTo(new[] { "socket" }));
            Assert.That(options.Duration, Is.EqualTo(TimeSpan.FromSeconds(5)));
        });
    }

    [TestCase(new[] { "--rate", "0" }, "--rate")]
    [TestCase(new[] { "--duration", "soon" }, "--duration")]
    [TestCase(new[] { "--storage", "mongo" }, "--storage")]
    [TestCase(new[] { "--transport", "carrier-pigeon" }, "--transport")]
    [TestCase(new[] { "--connections" }, "--connections")]
    [TestCase(new[] { "--fast" }, "--fast")]
    public void Bad_input_is_refused_naming_the_option(string[] args, string named) =>
        Assert.That(() => LoadOptions.Parse(args), Throws.ArgumentException.With.Message.Contains(named));
}
