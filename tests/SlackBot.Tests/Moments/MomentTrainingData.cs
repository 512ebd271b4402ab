using System.Text.Json;
using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>
/// The labelled messages the detector's model is trained on: the development and training channels plus the
/// hand-written examples. HeldOut and Blind are never in here.
/// </summary>
public static class MomentTrainingData
{
    public static readonly string[] TrainingSets = ["DevSet", "Train"];

    public static IReadOnlyList<(string Text, MomentCategory? Category)> Examples()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Moments", "Examples");
        using var categories = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "category-examples.json")));
        using var notMoments = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "not-moments.json")));
        using var negations = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "negations.json")));
        return categories.RootElement.EnumerateArray().Select(e => (Text(e, "text"), Category(e)))
            .Concat(notMoments.RootElement.EnumerateArray().Select(e => (Text(e, "text"), (MomentCategory?)null)))
            .Concat(negations.RootElement.EnumerateArray().SelectMany(e => new[] { (Text(e, "moment"), Category(e)), (Text(e, "negated"), null) }))
            .ToList();
    }

    public static IReadOnlyList<LabeledChannel> Channels() => TrainingSets.SelectMany(LabeledChannel.LoadSet).ToList();

    public static IReadOnlyList<(string Text, MomentCategory? Category)> All() => Labelled(Channels()).Concat(Examples()).ToList();

    public static IEnumerable<(string Text, MomentCategory? Category)> Labelled(IEnumerable<LabeledChannel> channels) =>
        channels.SelectMany(c => c.Messages.Select(m => (m.Text, MomentCategories.TryParse(m.Category, out var category) && m.Moment ? category : (MomentCategory?)null)));

    /// <summary>The model file in the source tree (found from the test binaries by walking up to the solution).</summary>
    public static string ShippedModelPath()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SlackBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("SlackBot.sln not found above the test binaries."),
            "src", "SlackBot", "Features", "Moments", "moment-model.json");
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString() ?? "";

    private static MomentCategory? Category(JsonElement element) =>
        MomentCategories.TryParse(element.GetProperty("category").GetString(), out var category) ? category : null;
}
