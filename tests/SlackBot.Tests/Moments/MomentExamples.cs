using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Tests.Moments;

/// <summary>Hand-written example messages (Fixtures/Moments/Examples), none of them taken from the channels.</summary>
public static class MomentExamples
{
    public static IEnumerable<TestCaseData> ForEachCategory() =>
        Load<CategoryExample>("category-examples.json")
            .Select(e => new TestCaseData(e.Category, e.Text).SetArgDisplayNames(e.Category, Shorten(e.Text)));

    public static IEnumerable<TestCaseData> NotMoments() =>
        Load<NotMomentExample>("not-moments.json")
            .Select(e => new TestCaseData(e.Text).SetArgDisplayNames(e.Kind, Shorten(e.Text)));

    public static IEnumerable<TestCaseData> NegatedPairs() =>
        Load<NegatedPair>("negations.json")
            .Select(e => new TestCaseData(e.Category, e.Moment, e.Negated).SetArgDisplayNames(e.Category, Shorten(e.Negated)));

    /// <summary>Every labelled moment of the development set, for properties that must hold for any cue.</summary>
    public static IEnumerable<TestCaseData> DevSetMoments() =>
        LabeledChannel.LoadSet("DevSet")
            .SelectMany(channel => channel.Messages.Where(m => m.Moment).Select((m, i) => (channel, m, i)))
            .Select(x => new TestCaseData(x.m.Text).SetArgDisplayNames(x.channel.Channel, x.i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static List<T> Load<T>(string file)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Moments", "Examples", file);
        return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path)) ?? [];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private sealed record CategoryExample(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("text")] string Text);

    private sealed record NotMomentExample(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("text")] string Text);

    private sealed record NegatedPair(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("moment")] string Moment,
        [property: JsonPropertyName("negated")] string Negated);
}
