using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Tests.Slack.Blocks;

public class MrkdwnTests
{
    [Test]
    public void Escape_neutralises_slack_control_characters() =>
        Assert.That(Mrkdwn.Escape("<!channel> & <@U1> > 3"), Is.EqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; 3"));

    [Test]
    public void Quote_escapes_and_quotes_every_line() =>
        Assert.That(Mrkdwn.Quote("first <line>\nsecond"), Is.EqualTo("> first &lt;line&gt;\n> second"));

    [Test]
    public void Link_label_cannot_break_out_of_the_link() =>
        Assert.That(Mrkdwn.Link("https://x.test/a", "a|b>c"), Is.EqualTo("<https://x.test/a|a¦b&gt;c>"));

    [TestCase("short", 10, "short")]
    [TestCase("the retry worker nobody owns", 20, "the retry worker…")]
    [TestCase("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…")]
    public void Truncate_cuts_at_a_word_boundary_with_an_ellipsis(string text, int max, string expected)
    {
        var result = Mrkdwn.Truncate(text, max);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(expected));
            Assert.That(result, Has.Length.LessThanOrEqualTo(max));
        });
    }

    [Test]
    public void Modal_titles_respect_slacks_limit() =>
        Assert.That(BlockKit.Modal("cb", "A very long modal title that Slack would reject", [])["title"]!["text"]!.GetValue<string>(),
            Has.Length.LessThanOrEqualTo(24));

    [Test]
    public void Buttons_carry_action_id_value_and_style()
    {
        var button = BlockKit.Button("Answer", "question:answer", "q42", ButtonStyle.Primary);
        Assert.Multiple(() =>
        {
            Assert.That(button["action_id"]!.GetValue<string>(), Is.EqualTo("question:answer"));
            Assert.That(button["value"]!.GetValue<string>(), Is.EqualTo("q42"));
            Assert.That(button["style"]!.GetValue<string>(), Is.EqualTo("primary"));
            Assert.That(button["text"]!["type"]!.GetValue<string>(), Is.EqualTo("plain_text"));
        });
    }
}
