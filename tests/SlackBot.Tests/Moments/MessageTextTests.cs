using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>How the detector reads a message: Slack's plain reading, plus what only matters for matching words.</summary>
[TestFixture]
public sealed class MessageTextTests
{
    [TestCase("<@U024BE7LH> can you look?", "@U024BE7LH can you look?", TestName = "mentions stay, as in Slack's plain reading")]
    [TestCase("open <https://grafana.example.com/d/abc> now", "open now", TestName = "a bare link carries no words")]
    [TestCase("open <https://grafana.example.com/d/abc|the latency board>", "open the latency board", TestName = "a link's label does")]
    [TestCase("\ud83d\udd25 on fire \ud83d\udc4d\ud83c\udffd", "on fire", TestName = "unicode emoji dropped")]
    [TestCase("it\u2019s fine, \u2018mostly\u2019", "it's fine, 'mostly'", TestName = "curly apostrophes straightened")]
    [TestCase("25\u00b0C \u00a9 ok", "25\u00b0C \u00a9 ok", TestName = "symbols below U+2000 are words")]
    [TestCase("one\ntwo  three\n\n\ud83d\udd25\nfour", "one\ntwo three\nfour", TestName = "line breaks kept, empty lines dropped")]
    public void Reads_a_message_for_the_rules(string mrkdwn, string expected)
    {
        Assert.That(MessageText.FromMrkdwn(mrkdwn).Plain, Is.EqualTo(expected));
    }
}
