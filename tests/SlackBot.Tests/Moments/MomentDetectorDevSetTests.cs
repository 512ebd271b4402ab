using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>
/// Measures the detector on the hand-labelled channels and reports precision, recall and category
/// accuracy per channel and per set, and per category. DevSet and Train were used to tune the detector;
/// HeldOut and Blind were not, so their numbers are the honest estimate for channels nobody has seen.
/// Blind prints no mistakes at all: it was written and committed before the detector was changed for it,
/// and reading its mistakes would turn it into development data.
/// </summary>
[TestFixture]
public sealed class MomentDetectorDevSetTests
{
    // Issue 12: on text the detector was never tuned on, precision and recall both at least 0.85.
    private const double TrainFloor = 0.85;
    private const double BlindFloor = 0.85;

    private readonly MomentDetector detector = new();

    [Test]
    public void Development_set_reaches_precision_and_recall_of_085()
    {
        var score = Report("DevSet");

        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.85), "precision on the development set");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.85), "recall on the development set");
        });
    }

    [Test]
    public void Held_out_set_reaches_precision_and_recall_of_085()
    {
        // The mistakes are listed for reading; changing rules because of them would make this set a second
        // development set and its numbers meaningless.
        var score = Report("HeldOut");

        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(BlindFloor), "precision on the held-out set");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(BlindFloor), "recall on the held-out set");
        });
    }

    [Test]
    public void Training_set_reaches_precision_and_recall_of_085()
    {
        var score = Report("Train");

        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(TrainFloor), "precision on the training set");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(TrainFloor), "recall on the training set");
        });
    }

    [Test]
    public void Blind_set_reaches_precision_and_recall_of_085()
    {
        var score = Report("Blind", listMistakes: false);

        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(BlindFloor), "precision on the blind set");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(BlindFloor), "recall on the blind set");
        });
    }

    private DetectionScore Report(string set, bool listMistakes = true)
    {
        var categories = new CategoryScores();
        var total = DetectionScore.Empty;
        var mistakes = new List<string>();
        foreach (var channel in LabeledChannel.LoadSet(set))
        {
            var score = DetectionScore.Empty;
            foreach (var message in channel.Messages)
            {
                var detection = detector.Detect(message.Text);
                score = score.Add(message, detection);
                categories.Add(message, detection);
                if (detection is not null ? !message.Moment || detection.Category.Key() != message.Category : message.Moment)
                {
                    mistakes.Add(Describe(channel, message, detection));
                }
            }

            TestContext.Out.WriteLine($"{set}/{channel.Channel,-36} {score}");
            total = total.Plus(score);
        }

        TestContext.Out.WriteLine($"{set} overall{new string(' ', 29)} {total}");
        TestContext.Out.WriteLine(categories);
        if (listMistakes)
        {
            mistakes.ForEach(TestContext.Out.WriteLine);
        }

        return total;
    }

    private static string Describe(LabeledChannel channel, LabeledMessage message, MomentDetection? detection)
    {
        var kind = (message.Moment, detection is not null) switch
        {
            (true, false) => "MISSED  ",
            (false, true) => "EXTRA   ",
            _ => "CATEGORY",
        };
        var found = detection is null ? "-" : $"{detection.Category.Key()} {detection.Confidence:0.00} \"{detection.Cue}\"";
        return $"{kind} [{channel.Channel}] label={message.Category ?? "-"} found={found}\n          {message.Text}";
    }
}
