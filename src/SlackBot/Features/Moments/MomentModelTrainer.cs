namespace SlackBot.Features.Moments;

/// <summary>
/// Trains <see cref="MomentModel"/> from labelled messages: L2-regularised logistic regression by full-batch
/// gradient descent, deterministic (same data, same weights), fast enough to run in a unit test. Features seen
/// in fewer than <see cref="MinimumCount"/> messages are dropped: a word one channel used once says more about
/// that channel than about moments.
/// </summary>
internal static class MomentModelTrainer
{
    public const int MinimumCount = 2;

    public static MomentModel Train(IReadOnlyList<(string Text, MomentCategory? Category)> examples, double threshold, double l2 = 0.003, int iterations = 600, double learningRate = 0.5)
    {
        var detector = new MomentDetector(model: null);
        var featured = examples
            .Select(e => (Features: detector.FeaturesOf(e.Text), e.Category))
            .Where(r => r.Features is not null)
            .Select(r => (Features: r.Features!, r.Category))
            .ToList();
        var rows = featured.Select(r => (r.Features, Label: r.Category is null ? 0.0 : 1.0)).ToList();

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in rows)
        {
            foreach (var name in features.Select(f => f.Key))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        var index = counts.Where(c => c.Value >= MinimumCount || !IsWordFeature(c.Key))
            .Select(c => c.Key).Order(StringComparer.Ordinal)
            .Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var data = rows.Select(r => (Features: r.Features.Where(f => index.ContainsKey(f.Key)).Select(f => (Index: index[f.Key], f.Value)).ToArray(), r.Label)).ToList();

        var weights = new double[index.Count];
        var bias = 0.0;
        var gradient = new double[index.Count];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            foreach (var (features, label) in data)
            {
                var logit = bias;
                foreach (var (i, value) in features)
                {
                    logit += weights[i] * value;
                }

                var error = 1.0 / (1.0 + Math.Exp(-logit)) - label;
                biasGradient += error;
                foreach (var (i, value) in features)
                {
                    gradient[i] += error * value;
                }
            }

            bias -= learningRate * biasGradient / data.Count;
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] -= learningRate * (gradient[i] / data.Count + l2 * weights[i]);
            }
        }

        var named = index.Where(pair => Math.Abs(weights[pair.Value]) >= 0.0005).ToDictionary(pair => pair.Key, pair => weights[pair.Value], StringComparer.Ordinal);
        var categories = TrainCategories(featured.Where(r => r.Category is not null).Select(r => (r.Features, r.Category!.Value)).ToList(), l2, iterations, learningRate);
        return new MomentModel(bias, threshold, named, categories);
    }

    // Softmax regression over the moments' categories, on the rules' evidence and single words (word pairs are
    // too rare per category to say anything).
    private static CategoryWeights TrainCategories(List<(List<KeyValuePair<string, double>> Features, MomentCategory Category)> moments, double l2, int iterations, double learningRate)
    {
        var classes = MomentCategories.All.ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in moments.SelectMany(m => m.Features.Select(f => f.Key)).Where(IsCategoryFeature))
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        var index = counts.Where(c => c.Value >= MinimumCount || c.Key.StartsWith("r:", StringComparison.Ordinal))
            .Select(c => c.Key).Order(StringComparer.Ordinal)
            .Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var data = moments.Select(m => (Features: m.Features.Where(f => index.ContainsKey(f.Key)).Select(f => (Index: index[f.Key], f.Value)).ToArray(), Class: Array.IndexOf(classes, m.Category))).ToList();

        var weights = new double[index.Count, classes.Length];
        var bias = new double[classes.Length];
        var gradient = new double[index.Count, classes.Length];
        var biasGradient = new double[classes.Length];
        var probabilities = new double[classes.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(biasGradient);
            foreach (var (features, label) in data)
            {
                for (var k = 0; k < classes.Length; k++)
                {
                    probabilities[k] = bias[k];
                    foreach (var (i, value) in features)
                    {
                        probabilities[k] += weights[i, k] * value;
                    }
                }

                var max = probabilities.Max();
                var sum = 0.0;
                for (var k = 0; k < classes.Length; k++)
                {
                    probabilities[k] = Math.Exp(probabilities[k] - max);
                    sum += probabilities[k];
                }

                for (var k = 0; k < classes.Length; k++)
                {
                    var error = probabilities[k] / sum - (k == label ? 1.0 : 0.0);
                    biasGradient[k] += error;
                    foreach (var (i, value) in features)
                    {
                        gradient[i, k] += error * value;
                    }
                }
            }

            for (var k = 0; k < classes.Length; k++)
            {
                bias[k] -= learningRate * biasGradient[k] / data.Count;
                for (var i = 0; i < index.Count; i++)
                {
                    weights[i, k] -= learningRate * (gradient[i, k] / data.Count + l2 * weights[i, k]);
                }
            }
        }

        var named = new Dictionary<string, IReadOnlyDictionary<MomentCategory, double>>(StringComparer.Ordinal);
        foreach (var (name, i) in index)
        {
            var row = Enumerable.Range(0, classes.Length).Where(k => Math.Abs(weights[i, k]) >= 0.05).ToDictionary(k => classes[k], k => weights[i, k]);
            if (row.Count > 0)
            {
                named[name] = row;
            }
        }

        return new CategoryWeights(Enumerable.Range(0, classes.Length).ToDictionary(k => classes[k], k => bias[k]), named);
    }

    private static bool IsCategoryFeature(string name) =>
        name.StartsWith("r:", StringComparison.Ordinal) || name.StartsWith("w:", StringComparison.Ordinal) || name.StartsWith("first:", StringComparison.Ordinal);

    private static bool IsWordFeature(string name) => name.StartsWith("w:", StringComparison.Ordinal) || name.StartsWith("b:", StringComparison.Ordinal) || name.StartsWith("first:", StringComparison.Ordinal);
}
