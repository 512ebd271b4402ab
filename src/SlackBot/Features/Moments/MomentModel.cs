using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Features.Moments;

/// <summary>
/// The learned layer of the detector: a logistic regression over <see cref="MomentFeatures"/>, trained from the
/// labelled channels (<see cref="MomentModelTrainer"/>) and shipped as a small JSON file, so start-up only reads
/// a few thousand weights and scoring is a dictionary look-up per feature. The rules still say which kind of
/// moment it is and which words to quote; the model weighs them against the words around them.
/// </summary>
internal sealed partial class MomentModel
{
    private const string ResourceName = "SlackBot.moment-model.json";

    private static readonly Lazy<MomentModel> Shipped = new(LoadShipped);

    public MomentModel(double bias, double threshold, IReadOnlyDictionary<string, double> weights, CategoryWeights? categories = null)
    {
        Bias = bias;
        Threshold = threshold;
        Weights = weights;
        Categories = categories;
    }

    /// <summary>The model in the assembly, read once per process.</summary>
    public static MomentModel Default => Shipped.Value;

    public double Bias { get; }

    /// <summary>The probability at and above which a message is a moment; chosen by cross-validation over channels.</summary>
    public double Threshold { get; }

    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>Which kind of moment, given that it is one; null in a model trained for the yes/no only.</summary>
    public CategoryWeights? Categories { get; }

    public double Probability(IEnumerable<KeyValuePair<string, double>> features)
    {
        var logit = Bias;
        foreach (var (name, value) in features)
        {
            if (Weights.TryGetValue(name, out var weight))
            {
                logit += weight * value;
            }
        }

        return 1.0 / (1.0 + Math.Exp(-logit));
    }

    /// <summary>How much one word counts for a moment, for choosing what to quote when no rule fired.</summary>
    public double WordWeight(string token) => Weights.GetValueOrDefault("w:" + token);

    public string ToJson() => JsonSerializer.Serialize(
        new ModelFile(
            Math.Round(Bias, 4),
            Threshold,
            Weights.OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary(w => w.Key, w => Math.Round(w.Value, 4), StringComparer.Ordinal),
            Categories?.ToFile()),
        ModelFileJson.Default.ModelFile);

    public static MomentModel FromJson(string json)
    {
        var file = JsonSerializer.Deserialize(json, ModelFileJson.Default.ModelFile) ?? throw new InvalidDataException("The moment model file is empty.");
        return new MomentModel(
            file.Bias,
            file.Threshold,
            new Dictionary<string, double>(file.Weights, StringComparer.Ordinal),
            file.Categories is null ? null : CategoryWeights.FromFile(file.Categories));
    }

    private static MomentModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The moment model ({ResourceName}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    // Source-generated: the reflection-based serializer spent ~150 ms of the first message's judgement building its
    // metadata in a fresh process.
    [JsonSourceGenerationOptions(WriteIndented = true)]
    [JsonSerializable(typeof(ModelFile))]
    private sealed partial class ModelFileJson : JsonSerializerContext;

    private sealed record ModelFile(
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("threshold")] double Threshold,
        [property: JsonPropertyName("weights")] Dictionary<string, double> Weights,
        [property: JsonPropertyName("categories")] Dictionary<string, Dictionary<string, double>>? Categories);
}
