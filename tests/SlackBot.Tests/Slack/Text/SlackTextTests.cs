using SlackBot.Slack.Text;

namespace SlackBot.Tests.Slack.Text;

[TestFixture]
public sealed class SlackTextTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("<@U024BE7LH> can you look?", "@U024BE7LH can you look?", "user mention");
        yield return Case("thanks <@U024BE7LH|bobby>", "thanks @bobby", "user mention with label");
        yield return Case("thanks <@U024BE7LH|@bobby>", "thanks @bobby", "a label that carries its own @");
        yield return Case("thanks <@U024BE7LH|>", "thanks @U024BE7LH", "an empty label is no label");
        yield return Case("see <#C024BE7LR|inc-payments> and <!here>", "see #inc-payments and @here", "channel and special mention");
        yield return Case("see <#C024BE7LR>", "see #C024BE7LR", "channel without a name");
        yield return Case("<!channel> and <!everyone>", "@channel and @everyone", "broadcasts");
        yield return Case("<!subteam^S0614TZR7|@db-oncall> please", "@db-oncall please", "user group");
        yield return Case("at <!date^1392734382^{date_short} {time}|Feb 18, 2014 6:39 AM PST>", "at Feb 18, 2014 6:39 AM PST", "date with fallback");
        yield return Case("open <https://grafana.example.com/d/abc|the latency board>", "open the latency board", "link with label");
        yield return Case("open <https://grafana.example.com/d/abc> now", "open https://grafana.example.com/d/abc now", "bare link reads as Slack shows it");
        yield return Case("mail <mailto:ops@example.com|ops@example.com>", "mail ops@example.com", "mailto");
        yield return Case("<https://x.example/?a=1&amp;b=2|a &amp; b>", "a & b", "escapes inside a label");
        yield return Case("done :tada: :+1::skin-tone-2: yay", "done yay", "emoji codes");
        yield return Case("\ud83d\udd25 on fire", "\ud83d\udd25 on fire", "unicode emoji are text");
        yield return Case("it\u2019s fine", "it\u2019s fine", "curly apostrophes are text");
        yield return Case("a &amp; b &lt;c&gt;", "a & b <c>", "escapes");
        yield return Case("&lt;@U024BE7LH&gt; is literal", "<@U024BE7LH> is literal", "escaped brackets are text, not a mention");
        yield return Case("&amp;lt;b&amp;gt;", "&lt;b&gt;", "decoded once");
        yield return Case("if x < 5 and y > 3", "if x < 5 and y > 3", "brackets that are no Slack sequence stay text");
        yield return Case("<b>not a tag</b>", "<b>not a tag</b>", "nor are HTML tags");
        yield return Case("run `kubectl get pods -n payments` first", "run kubectl get pods -n payments first", "inline code kept as words");
        yield return Case("```\nselect count(*)\nfrom orders;\n```", "select count(*) from orders;", "code block kept");
        yield return Case("*really* _quite_ ~not~ sure", "really quite not sure", "formatting markers");
        yield return Case("max_poll_records and /img/* stay", "max_poll_records and /img/* stay", "snake_case and a lone star");
        yield return Case("started at 14:05:30 UTC", "started at 14:05:30 UTC", "times are not emoji");
        yield return Case("  lots \t of\n\n space  ", "lots of space", "whitespace collapsed");
        yield return Case("", "", "empty");
    }

    [TestCaseSource(nameof(Cases))]
    public void Converts_mrkdwn_to_plain_words(string mrkdwn, string expected)
    {
        Assert.That(SlackText.ToPlain(mrkdwn), Is.EqualTo(expected));
    }

    [Test]
    public void Line_breaks_are_kept_when_asked()
    {
        var options = new PlainTextOptions { KeepLineBreaks = true };

        Assert.Multiple(() =>
        {
            Assert.That(SlackText.ToPlain("one\ntwo  three\n\nfour", options), Is.EqualTo("one\ntwo three\nfour"));
            Assert.That(SlackText.ToPlain("one\ntwo  three\n\nfour"), Is.EqualTo("one two three four"));
        });
    }

    [Test]
    public void Bare_links_can_be_left_out_where_a_url_carries_no_words()
    {
        var options = new PlainTextOptions { OmitBareLinks = true };

        Assert.That(SlackText.ToPlain("open <https://grafana.example.com/d/abc> and <https://x.example|the board>", options), Is.EqualTo("open and the board"));
    }

    [Test]
    public void Mentions_can_be_left_out_where_only_the_words_count()
    {
        var options = new PlainTextOptions { OmitMentions = true };

        Assert.That(SlackText.ToPlain("<!here> <@U1|sam w> resolved, see <#C1|inc-1> and <https://x.example|the notes>", options),
            Is.EqualTo("resolved, see and the notes"));
    }

    [Test]
    public void Users_can_be_named_from_a_directory()
    {
        var names = new Dictionary<string, string> { ["U024BE7LH"] = "ana" };
        var options = new PlainTextOptions { UserName = names.GetValueOrDefault };

        Assert.That(SlackText.ToPlain("<@U024BE7LH> asked <@U0UNKNOWN1> and <@U0LABEL001|bo>", options), Is.EqualTo("@ana asked @U0UNKNOWN1 and @bo"));
    }

    [TestCase("<!channel> & <!here> <@U1> <!subteam^S1|@oncall> <https://evil.example|https://bank.example>")]
    [TestCase("&lt;!channel&gt; already escaped &amp; <b>")]
    [TestCase("")]
    public void Escaped_text_reads_back_as_the_same_words_and_has_no_sequence_left(string text)
    {
        var escaped = Mrkdwn.Escape(text);

        Assert.Multiple(() =>
        {
            Assert.That(escaped, Does.Not.Contain("<").And.Not.Contain(">"));
            Assert.That(SlackText.ToPlain(escaped), Is.EqualTo(SlackText.FoldWhitespace(text)), "escaping then reading gives back the text as typed");
            Assert.That(SlackMentions.UsersIn(escaped), Is.Empty);
        });
    }

    private static TestCaseData Case(string mrkdwn, string expected, string name) =>
        new TestCaseData(mrkdwn, expected).SetArgDisplayNames(name);
}
