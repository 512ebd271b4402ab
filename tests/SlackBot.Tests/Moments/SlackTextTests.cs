using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

[TestFixture]
public sealed class SlackTextTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("<@U024BE7LH> can you look?", "@U024BE7LH can you look?", "user mention");
        yield return Case("thanks <@U024BE7LH|bobby>", "thanks @bobby", "user mention with label");
        yield return Case("see <#C024BE7LR|inc-payments> and <!here>", "see #inc-payments and @here", "channel and special mention");
        yield return Case("<!subteam^S0614TZR7|@db-oncall> please", "@db-oncall please", "user group");
        yield return Case("open <https://grafana.example.com/d/abc|the latency board>", "open the latency board", "link with label");
        yield return Case("open <https://grafana.example.com/d/abc> now", "open now", "bare link");
        yield return Case("mail <mailto:ops@example.com|ops@example.com>", "mail ops@example.com", "mailto");
        yield return Case("done :tada: :+1::skin-tone-2: yay", "done yay", "emoji codes");
        yield return Case("\ud83d\udd25 on fire \ud83d\udc4d\ud83c\udffd", "on fire", "unicode emoji");
        yield return Case("a &amp; b &lt;c&gt;", "a & b <c>", "escapes");
        yield return Case("&lt;@U024BE7LH&gt; is literal", "<@U024BE7LH> is literal", "escaped brackets are text, not a mention");
        yield return Case("run `kubectl get pods -n payments` first", "run kubectl get pods -n payments first", "inline code kept as words");
        yield return Case("```\nselect count(*)\nfrom orders;\n```", "select count(*) from orders;", "code block kept");
        yield return Case("*really* _quite_ ~not~ sure", "really quite not sure", "formatting markers");
        yield return Case("max_poll_records and /img/* stay", "max_poll_records and /img/* stay", "snake_case and a lone star");
        yield return Case("started at 14:05:30 UTC", "started at 14:05:30 UTC", "times are not emoji");
        yield return Case("  lots \t of\n\n space  ", "lots of space", "whitespace collapsed");
        yield return Case("it\u2019s fine", "it's fine", "curly apostrophe");
        yield return Case("", "", "empty");
    }

    [TestCaseSource(nameof(Cases))]
    public void Converts_mrkdwn_to_plain_words(string mrkdwn, string expected)
    {
        Assert.That(SlackText.ToPlain(mrkdwn), Is.EqualTo(expected));
    }

    [Test]
    public void Keeps_line_breaks_for_the_detector_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SlackText.ToPlainLines("one\ntwo  three\n\nfour"), Is.EqualTo("one\ntwo three\nfour"));
            Assert.That(SlackText.ToPlain("one\ntwo  three\n\nfour"), Is.EqualTo("one two three four"));
        });
    }

    private static TestCaseData Case(string mrkdwn, string expected, string name) =>
        new TestCaseData(mrkdwn, expected).SetArgDisplayNames(name);
}
