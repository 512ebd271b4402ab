using System.Text.RegularExpressions;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public sealed partial class QuestionComposerTests
{
    private const string UserId = "U024BE7LH";
    private const string Mention = "<@U024BE7LH>";

    private static readonly QuestionBank Shipped = QuestionBank.LoadDefault();
    private static readonly QuestionComposer Composer = new(Shipped);

    private static IEnumerable<TestCaseData> AwkwardCues() =>
        QuestionFixtures.AwkwardCues().Select((cue, index) => new TestCaseData(cue).SetArgDisplayNames($"cue {index + 1}"));

    [GeneratedRegex("&(?!amp;|lt;|gt;)")]
    private static partial Regex BareAmpersand();

    [TestCaseSource(nameof(AwkwardCues))]
    public void Every_template_composed_with_an_awkward_cue_is_safe_and_blame_free(string cue)
    {
        var quoted = QuestionComposer.QuoteCue(cue);

        Assert.Multiple(() =>
        {
            foreach (var template in Shipped.All)
            {
                var text = ComposeWith(template, cue).Text;
                var withoutMention = text.Replace(Mention, "", StringComparison.Ordinal);

                Assert.That(LanguageCheck.CheckQuestion(text, quoted), Is.Empty, template.Id);
                Assert.That(Occurrences(text, Mention), Is.EqualTo(1), template.Id);
                Assert.That(Occurrences(text, quoted), Is.EqualTo(1), template.Id);
                Assert.That(withoutMention, Does.Not.Contain("<").And.Not.Contain(">"), template.Id);
                Assert.That(BareAmpersand().IsMatch(text), Is.False, template.Id);
                var around = text.Replace(quoted, "\u0001", StringComparison.Ordinal);
                Assert.That(around, Does.Not.Match("[“\"'‘]\u0001|\u0001[”\"'’]"), template.Id + ": quotes doubled");
            }
        });
    }

    [TestCase("we should have just rolled back")]
    [TestCase("it was their fault, they simply didn't bother")]
    public void The_mask_is_what_lets_a_persons_blaming_words_through(string cue)
    {
        var composed = Composer.Compose(MomentCategory.NearMisses, cue, UserId, "C1:1700000000.000100");

        Assert.Multiple(() =>
        {
            Assert.That(LanguageCheck.CheckQuestion(composed.Text), Is.Not.Empty);
            Assert.That(LanguageCheck.CheckQuestion(composed.Text, QuestionComposer.QuoteCue(cue)), Is.Empty);
            Assert.That(composed.Text, Does.Contain(cue));
        });
    }

    [Test]
    public void A_composed_question_names_its_template_and_category()
    {
        var composed = Composer.Compose(MomentCategory.ScriptsAndTools, "I ran fix-ledger.sh", UserId, "C1:1700000000.000100");

        Assert.Multiple(() =>
        {
            Assert.That(composed.Category, Is.EqualTo(MomentCategory.ScriptsAndTools));
            Assert.That(Shipped.For(MomentCategory.ScriptsAndTools).Select(template => template.Id), Does.Contain(composed.TemplateId));
            Assert.That(composed.Text, Does.Contain("<@U024BE7LH>").And.Contain("“I ran fix-ledger.sh”"));
        });
    }

    [Test]
    public void The_same_moment_always_gets_the_same_phrasing()
    {
        var first = Composer.Compose(MomentCategory.Surprises, "TIL the cache is per region", UserId, "C9:1700000123.000400");
        var again = new QuestionComposer(QuestionBank.LoadDefault())
            .Compose(MomentCategory.Surprises, "TIL the cache is per region", UserId, "C9:1700000123.000400");

        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public void Different_moments_spread_over_all_phrasings_of_a_category()
    {
        var used = Enumerable.Range(0, 200)
            .Select(i => Composer.Compose(MomentCategory.Expertise, "I know from last time", UserId, $"C1:{1700000000 + i}.000100").TemplateId)
            .ToHashSet();

        Assert.That(used, Is.EquivalentTo(Shipped.For(MomentCategory.Expertise).Select(template => template.Id)));
    }

    [Test]
    public void Phrasings_to_avoid_are_skipped()
    {
        var phrasings = Shipped.For(MomentCategory.Handoffs).Select(template => template.Id).ToList();
        var avoid = phrasings.Take(phrasings.Count - 1).ToHashSet();

        var used = Enumerable.Range(0, 50)
            .Select(i => Composer.Compose(MomentCategory.Handoffs, "handing over to EU", UserId, $"C1:{i}", avoid).TemplateId)
            .ToHashSet();

        Assert.That(used, Is.EqualTo(new[] { phrasings[^1] }));
    }

    [Test]
    public void Avoiding_every_phrasing_still_asks()
    {
        var avoid = Shipped.For(MomentCategory.Handoffs).Select(template => template.Id).ToHashSet();

        var composed = Composer.Compose(MomentCategory.Handoffs, "handing over to EU", UserId, "C1:1", avoid);

        Assert.That(avoid, Does.Contain(composed.TemplateId));
    }

    [TestCase("  a   b\nc\t", "“a b c”")]
    [TestCase("5xx > 10% & latency < 2s", "“5xx &gt; 10% &amp; latency &lt; 2s”")]
    [TestCase("already escaped &lt;b&gt; &amp; friends", "“already escaped &lt;b&gt; &amp; friends”")]
    [TestCase("<!channel> the db is down", "“@channel the db is down”")]
    [TestCase("<!here|@here> anyone?", "“@here anyone?”")]
    [TestCase("<!subteam^S0614TZR7|@oncall> please look", "“@oncall please look”")]
    [TestCase("<@U024BE7LH> knows", "“@U024BE7LH knows”")]
    [TestCase("<@U024BE7LH|ana> ran it", "“@ana ran it”")]
    [TestCase("see <#C0123ABCD|inc-payments>", "“see #inc-payments”")]
    [TestCase("ran <https://x.example/db?a=1&b=2|the runbook> by hand", "“ran the runbook by hand”")]
    [TestCase("see <https://x.example/db?a=1&amp;b=2>", "“see https://x.example/db?a=1&amp;b=2”")]
    [TestCase("if x < 5 and y > 3", "“if x &lt; 5 and y &gt; 3”")]
    public void A_cue_is_shown_as_plain_quoted_words_escaped_for_Slack(string cue, string expected)
    {
        Assert.That(QuestionComposer.QuoteCue(cue), Is.EqualTo(expected));
    }

    [Test]
    public void A_cue_of_exactly_120_characters_is_kept_whole()
    {
        var cue = string.Join(' ', Enumerable.Repeat("abcdefghi", 12)).PadRight(120, 'x');

        Assert.That(QuestionComposer.QuoteCue(cue), Is.EqualTo("“" + cue + "”"));
    }

    [Test]
    public void A_long_cue_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        const string Cue = "I wrote a quick script that walks every shard, compares the ledger totals against the billing export, and prints the rows that drift by more than a cent";

        var visible = Unquote(QuestionComposer.QuoteCue(Cue));

        Assert.Multiple(() =>
        {
            Assert.That(visible, Has.Length.LessThanOrEqualTo(120));
            Assert.That(visible, Does.EndWith("…"));
            var kept = visible[..^1];
            Assert.That(kept, Is.EqualTo(Cue[..kept.Length]));
            Assert.That(Cue[kept.Length], Is.EqualTo(' '), "the cut falls between words");
            Assert.That(kept, Has.Length.GreaterThan(100), "as many words as fit are kept");
        });
    }

    [Test]
    public void A_long_cue_drops_a_dangling_comma_before_the_ellipsis()
    {
        var cue = new string('a', 100) + " bbbbbbbbbbbbbbbbb, cccccccccccccccccccccc";

        Assert.That(Unquote(QuestionComposer.QuoteCue(cue)), Is.EqualTo(new string('a', 100) + " bbbbbbbbbbbbbbbbb…"));
    }

    [Test]
    public void A_single_long_word_is_cut_inside_the_word()
    {
        var url = "https://grafana.example.com/d/" + new string('x', 150);

        Assert.That(Unquote(QuestionComposer.QuoteCue(url)), Is.EqualTo(url[..119] + "…"));
    }

    [Test]
    public void A_cut_never_splits_an_emoji()
    {
        var cue = new string('a', 118) + "🔥🔥🔥 and more";

        var visible = Unquote(QuestionComposer.QuoteCue(cue));

        Assert.That(visible, Is.EqualTo(new string('a', 118) + "…"));
    }

    [Test]
    public void The_length_limit_counts_what_people_see_not_the_escapes()
    {
        var cue = string.Concat(Enumerable.Repeat("a & b ", 30)).Trim();

        var escaped = Unquote(QuestionComposer.QuoteCue(cue));
        var visible = escaped.Replace("&amp;", "&", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(visible, Has.Length.EqualTo(120));
            Assert.That(escaped, Has.Length.GreaterThan(120));
        });
    }

    [Test]
    public void Placeholders_in_the_cue_stay_words()
    {
        var composed = Composer.Compose(MomentCategory.Expertise, "{mention} {cue}", UserId, "C1:2");

        Assert.Multiple(() =>
        {
            Assert.That(Occurrences(composed.Text, Mention), Is.EqualTo(1));
            Assert.That(composed.Text, Does.Contain("“{mention} {cue}”"));
        });
    }

    [Test]
    public void The_templates_own_text_is_escaped_so_a_bank_cannot_ping_a_channel()
    {
        var bank = QuestionBank.LoadFromFile(QuestionFixtures.PathOf("valid-bank.yml"));
        var avoid = new HashSet<string> { "valid-cues" };

        var composed = new QuestionComposer(bank).Compose(MomentCategory.CuesAndNoticing, "disk at 91%", UserId, "C1:3", avoid);

        Assert.That(composed.Text, Is.EqualTo(
            "<@U024BE7LH>, about “disk at 91%”: what did you see first &amp; where? &lt;!here&gt; stays plain text."));
    }

    [TestCase("")]
    [TestCase("U123> <!channel")]
    [TestCase("u024be7lh")]
    [TestCase("C0123ABCD")]
    public void Anything_but_a_Slack_user_id_is_refused(string userId)
    {
        Assert.That(() => Composer.Compose(MomentCategory.Expertise, "words", userId, "C1:4"),
            Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("userId"));
    }

    [TestCase("")]
    [TestCase("   \n ")]
    public void A_cue_without_words_is_refused(string cue)
    {
        Assert.That(() => Composer.Compose(MomentCategory.Expertise, cue, UserId, "C1:5"),
            Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("cue"));
    }

    private static ComposedQuestion ComposeWith(QuestionTemplate template, string cue)
    {
        var others = Shipped.For(template.Category).Select(other => other.Id).Where(id => id != template.Id).ToHashSet();
        var composed = Composer.Compose(template.Category, cue, UserId, "C1:1700000000.000100", others);
        Assert.That(composed.TemplateId, Is.EqualTo(template.Id));
        return composed;
    }

    private static string Unquote(string quoted)
    {
        Assert.That(quoted, Does.StartWith("“").And.EndWith("”"));
        return quoted[1..^1];
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
