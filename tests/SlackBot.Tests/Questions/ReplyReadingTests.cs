using System.Globalization;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary>
/// The reply classifier over the labelled replies in Fixtures/Replies (see its README): precision and recall per kind,
/// printed, held to a floor; and the readings the rest of the bot relies on (who a redirect names, why a decline declined).
/// </summary>
public class ReplyReadingTests
{
    /// <summary>A wrong decline loses an answer, so answers are held highest; declines and redirects just below.</summary>
    private const double AnswerFloor = 0.9;
    private const double OtherFloor = 0.85;

    private static IEnumerable<(ReplyKind Label, string Text)> Labelled(string file = "replies.tsv") =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Replies", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (Enum.Parse<ReplyKind>(parts[0], ignoreCase: true), parts[1]));

    [TestCase("replies.tsv", 80)]
    [TestCase("held-out.tsv", 30)]
    public async Task Precision_and_recall_per_kind_reach_the_floor_on_the_labelled_replies(string file, int atLeast)
    {
        var replies = Labelled(file).ToList();
        Assert.That(replies, Has.Count.GreaterThanOrEqualTo(atLeast), "a labelled set worth measuring");
        var read = replies.Select(reply => (reply.Label, reply.Text, Read: ReplyReading.Read(reply.Text).Kind)).ToList();

        foreach (var miss in read.Where(entry => entry.Label != entry.Read))
            await TestContext.Out.WriteLineAsync($"  {entry(miss.Label)} read as {entry(miss.Read)}: {miss.Text}");
        var figures = new Dictionary<ReplyKind, (double Precision, double Recall)>();
        foreach (var kind in Enum.GetValues<ReplyKind>())
        {
            var truePositives = read.Count(entry => entry.Label == kind && entry.Read == kind);
            var predicted = read.Count(entry => entry.Read == kind);
            var actual = read.Count(entry => entry.Label == kind);
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            figures[kind] = (precision, recall);
            await TestContext.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-9} n={actual,3}  precision {precision:0.00}  recall {recall:0.00}"));
        }

        Assert.Multiple(() =>
        {
            foreach (var (kind, (precision, recall)) in figures)
            {
                var floor = kind == ReplyKind.Answer ? AnswerFloor : OtherFloor;
                Assert.That(precision, Is.GreaterThanOrEqualTo(floor), $"{kind} precision");
                Assert.That(recall, Is.GreaterThanOrEqualTo(floor), $"{kind} recall");
            }
        });

        static string entry(ReplyKind kind) => kind.ToString().ToLowerInvariant();
    }

    [Test]
    public void The_demo_sample_decline_is_a_decline_for_the_review()
    {
        var reading = ReplyReading.Read("Thanks, but I'd rather talk this one through at the review on Tuesday than write it up here, there's more context than fits in a thread. Passing for now :slightly_smiling_face:");

        Assert.That((reading.Kind, reading.Reason), Is.EqualTo((ReplyKind.Decline, (DeclineReason?)DeclineReason.AtTheReview)));
    }

    [Test]
    public void Not_sure_ask_someone_declines_and_says_whom_to_ask()
    {
        var reading = ReplyReading.Read("not sure, ask <@U06MARIA0X>");

        Assert.Multiple(() =>
        {
            Assert.That(reading.Kind, Is.EqualTo(ReplyKind.Decline));
            Assert.That(reading.Reason, Is.EqualTo(DeclineReason.DoesNotKnow));
            Assert.That(reading.People, Is.EqualTo(new[] { "U06MARIA0X" }));
            Assert.That(reading.Pointer, Is.EqualTo("ask <@U06MARIA0X>"));
        });
    }

    [TestCase("ask <@U06MARIA0X>", "U06MARIA0X")]
    [TestCase("<@U06PRIYA0N> would know better than me", "U06PRIYA0N")]
    [TestCase("ping <@U06JUNE00K>", "U06JUNE00K")]
    public void A_redirect_to_a_person_names_them(string reply, string userId)
    {
        var reading = ReplyReading.Read(reply);

        Assert.Multiple(() =>
        {
            Assert.That(reading.Kind, Is.EqualTo(ReplyKind.Redirect));
            Assert.That(reading.People, Is.EqualTo(new[] { userId }));
        });
    }

    [Test]
    public void A_redirect_to_a_place_keeps_the_words_that_point_there()
    {
        var reading = ReplyReading.Read("It's in the runbook wiki");

        Assert.Multiple(() =>
        {
            Assert.That(reading.Kind, Is.EqualTo(ReplyKind.Redirect));
            Assert.That(reading.People, Is.Empty);
            Assert.That(reading.Pointer, Is.EqualTo("it's in the runbook wiki"));
        });
    }

    [TestCase("Not sure why, but the cache was cold because the warm-up job had been disabled in March; we restart it by hand after every deploy.")]
    [TestCase("It's in the runbook now, I added the drain step and the per-node caveat after the incident.")]
    [TestCase("Ask anyone on payments and they'll tell you the same: the retry worker has no jitter, so retries line up.")]
    public void A_hedge_or_a_pointer_inside_a_real_answer_leaves_it_an_answer(string reply) =>
        Assert.That(ReplyReading.Read(reply).Kind, Is.EqualTo(ReplyKind.Answer));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void An_empty_reply_reads_as_an_answer_so_callers_decide_about_emptiness_themselves(string? reply) =>
        Assert.That(ReplyReading.Read(reply).Kind, Is.EqualTo(ReplyKind.Answer));
}
