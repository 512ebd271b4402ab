using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>Binary moment/not-moment counts plus category agreement, for one channel or a whole set.</summary>
public sealed record DetectionScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, int CategoryMatches)
{
    public static DetectionScore Empty { get; } = new(0, 0, 0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Among moments found that are labelled moments, how many got the labelled category.</summary>
    public double CategoryAccuracy => Ratio(CategoryMatches, TruePositives);

    public int Messages => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public DetectionScore Add(LabeledMessage label, MomentDetection? detection)
    {
        var categoryMatch = detection is not null && label.Moment && detection.Category.Key() == label.Category ? 1 : 0;
        return (label.Moment, detection is not null) switch
        {
            (true, true) => this with { TruePositives = TruePositives + 1, CategoryMatches = CategoryMatches + categoryMatch },
            (false, true) => this with { FalsePositives = FalsePositives + 1 },
            (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
            (false, false) => this with { TrueNegatives = TrueNegatives + 1 },
        };
    }

    public DetectionScore Plus(DetectionScore other) => new(
        TruePositives + other.TruePositives,
        FalsePositives + other.FalsePositives,
        FalseNegatives + other.FalseNegatives,
        TrueNegatives + other.TrueNegatives,
        CategoryMatches + other.CategoryMatches);

    public override string ToString() =>
        $"precision {Precision:0.000}  recall {Recall:0.000}  category {CategoryAccuracy:0.000}  " +
        $"(tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}, tn {TrueNegatives}, {Messages} messages)";

    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
}
