namespace SlackBot.Features.Moments;

/// <summary>
/// The learned choice of category: one weight per (feature, category), softmax over the categories. Trained on
/// the labelled moments only, so it answers "which kind", never "whether". Stored sparse: a feature lists only
/// the categories it says something about.
/// </summary>
internal sealed class CategoryWeights(IReadOnlyDictionary<MomentCategory, double> bias, IReadOnlyDictionary<string, IReadOnlyDictionary<MomentCategory, double>> weights)
{
    // The file keeps the biases under a name no feature can have.
    private const string BiasKey = "(bias)";

    public IReadOnlyDictionary<string, IReadOnlyDictionary<MomentCategory, double>> Weights => weights;

    /// <summary>Each category's score (log-odds up to a constant) for a message with these features.</summary>
    public Dictionary<MomentCategory, double> Scores(IEnumerable<KeyValuePair<string, double>> features)
    {
        var scores = MomentCategories.All.ToDictionary(c => c, c => bias.GetValueOrDefault(c));
        foreach (var (name, value) in features)
        {
            if (weights.TryGetValue(name, out var perCategory))
            {
                foreach (var (category, weight) in perCategory)
                {
                    scores[category] += weight * value;
                }
            }
        }

        return scores;
    }

    public Dictionary<string, Dictionary<string, double>> ToFile()
    {
        var file = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal)
        {
            [BiasKey] = Row(bias),
        };
        foreach (var (name, perCategory) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            file[name] = Row(perCategory);
        }

        return file;
    }

    public static CategoryWeights FromFile(Dictionary<string, Dictionary<string, double>> file)
    {
        static IReadOnlyDictionary<MomentCategory, double> Parse(Dictionary<string, double> row) =>
            row.Where(pair => MomentCategories.TryParse(pair.Key, out _))
               .ToDictionary(pair => { MomentCategories.TryParse(pair.Key, out var category); return category; }, pair => pair.Value);

        return new CategoryWeights(
            Parse(file.GetValueOrDefault(BiasKey) ?? []),
            file.Where(pair => pair.Key != BiasKey).ToDictionary(pair => pair.Key, pair => Parse(pair.Value), StringComparer.Ordinal));
    }

    private static Dictionary<string, double> Row(IReadOnlyDictionary<MomentCategory, double> row) =>
        row.OrderBy(pair => pair.Key).ToDictionary(pair => pair.Key.Key(), pair => Math.Round(pair.Value, 3), StringComparer.Ordinal);
}
