using System.Globalization;
using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>
/// The detector's learned layer: the shipped file is exactly what the labelled training data give (so nobody
/// hand-edits weights, and a change to the data or the features shows up as a model to regenerate), and its
/// threshold holds up when each channel in turn is left out of training.
/// </summary>
[TestFixture]
public sealed class MomentModelTests
{
    // Regenerate with: MOMENT_MODEL_WRITE=1 dotnet test tests/SlackBot.Tests --filter "FullyQualifiedName~MomentModelTests"
    private static bool Write => Environment.GetEnvironmentVariable("MOMENT_MODEL_WRITE") == "1";

    [Test]
    public void The_shipped_model_is_the_one_the_training_data_give()
    {
        var threshold = CrossValidatedThreshold(out _);
        var trained = MomentModelTrainer.Train(MomentTrainingData.All(), threshold).ToJson();
        if (Write)
        {
            File.WriteAllText(MomentTrainingData.ShippedModelPath(), trained + "\n");
        }

        var shipped = MomentModel.Default.ToJson();
        Assert.That(shipped, Is.EqualTo(trained), "regenerate the model file (see the comment above) after changing training data or features");
    }

    [Test]
    public void Leaving_each_training_channel_out_in_turn_keeps_precision_and_recall_above_085()
    {
        CrossValidatedThreshold(out var atThreshold);

        Assert.Multiple(() =>
        {
            Assert.That(atThreshold.Precision, Is.GreaterThanOrEqualTo(0.85), "cross-validated precision");
            Assert.That(atThreshold.Recall, Is.GreaterThanOrEqualTo(0.85), "cross-validated recall");
        });
    }

    [Test]
    public void The_model_loads_and_scores_quickly_enough_to_be_used_from_the_first_message()
    {
        var model = MomentModel.Default;

        Assert.That(model.Weights, Has.Count.InRange(50, 20_000), "a small file, not a memorised corpus");
        Assert.That(model.Threshold, Is.InRange(0.2, 0.8));
    }

    // Out-of-fold probabilities (each channel scored by a model trained without it), then the threshold with the
    // best F-score weighting precision a little above recall (beta 0.8): a question about a status line costs
    // the people asked more than one moment left unasked.
    private static double CrossValidatedThreshold(out DetectionScore best)
    {
        var channels = MomentTrainingData.Channels();
        var examples = MomentTrainingData.Examples();
        var scored = new List<(MomentDetection? Detection, LabeledMessage Label)>();
        foreach (var left in channels)
        {
            var training = MomentTrainingData.Labelled(channels.Where(c => c != left)).Concat(examples).ToList();
            var detector = new MomentDetector(MomentModelTrainer.Train(training, threshold: 0.0));
            scored.AddRange(left.Messages.Select(m => (detector.Detect(m.Text), m)));
        }

        var candidates = Enumerable.Range(20, 61).Select(i => i / 100.0)
            .Select(t => (Threshold: t, Score: scored.Aggregate(DetectionScore.Empty, (s, x) => s.Add(x.Label, x.Detection?.Confidence >= t ? x.Detection : null))))
            .ToList();
        foreach (var (t, s) in candidates.Where(c => (int)Math.Round(c.Threshold * 100) % 5 == 0))
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {t:0.00}: {s}"));
        }

        var chosen = candidates.MaxBy(c => FBeta(c.Score, 0.8));
        best = chosen.Score;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen {chosen.Threshold:0.00}: {chosen.Score}"));
        return chosen.Threshold;
    }

    private static double FBeta(DetectionScore s, double beta) =>
        s.Precision + s.Recall == 0 ? 0 : (1 + beta * beta) * s.Precision * s.Recall / (beta * beta * s.Precision + s.Recall);
}
