using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features;

public class LearnCommandParserTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    [TestCase("help")]
    [TestCase("HELP")]
    public void Empty_input_and_help_give_the_help(string? text) =>
        Assert.That(LearnCommandParser.Parse(text), Is.EqualTo(new LearnRequest.Help()));

    [TestCase("frobnicate", "frobnicate")]
    [TestCase("resolve now please", "resolve now please")]
    [TestCase("findings for everything", "findings for everything")]
    public void Anything_not_understood_gives_the_help_naming_it(string text, string named) =>
        Assert.That(LearnCommandParser.Parse(text), Is.EqualTo(new LearnRequest.Help(named)));

    [Test]
    public void Start_takes_an_optional_title()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LearnCommandParser.Parse("start"), Is.EqualTo(new LearnRequest.Start(null)));
            Assert.That(LearnCommandParser.Parse("start  Checkout latency after the deploy "), Is.EqualTo(new LearnRequest.Start("Checkout latency after the deploy")));
            Assert.That(LearnCommandParser.Parse("Start DB failover"), Is.EqualTo(new LearnRequest.Start("DB failover")));
        });
    }

    [Test]
    public void Resolve_and_findings_take_no_arguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LearnCommandParser.Parse("resolve"), Is.InstanceOf<LearnRequest.Resolve>());
            Assert.That(LearnCommandParser.Parse(" findings "), Is.InstanceOf<LearnRequest.Findings>());
        });
    }

    [Test]
    public void The_help_lists_every_subcommand()
    {
        var help = SlackBot.Features.Learn.LearnCommand.Help("/learn", null).Text;
        Assert.That(LearnCommandParser.Subcommands.Select(subcommand => subcommand.Name), Has.All.Matches<string>(name => help.Contains("/learn " + name, StringComparison.Ordinal)));
    }

    [Test]
    public void The_help_for_unknown_input_escapes_it() =>
        Assert.That(SlackBot.Features.Learn.LearnCommand.Help("/learn", "<!channel> x").Text, Does.Contain("&lt;!channel&gt;").And.Not.Contain("<!channel>"));
}
