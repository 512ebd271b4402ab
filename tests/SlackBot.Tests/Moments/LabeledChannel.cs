using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Tests.Moments;

/// <summary>An invented incident channel with every message labelled by hand (see Fixtures/Moments/README.md).</summary>
public sealed record LabeledChannel(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("about")] string About,
    [property: JsonPropertyName("voice")] string Voice,
    [property: JsonPropertyName("people")] IReadOnlyDictionary<string, string> People,
    [property: JsonPropertyName("messages")] IReadOnlyList<LabeledMessage> Messages)
{
    public static string FixturesFolder(string set) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Moments", set);

    public static IReadOnlyList<LabeledChannel> LoadSet(string set) =>
        Directory.GetFiles(FixturesFolder(set), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static LabeledChannel Load(string path) =>
        JsonSerializer.Deserialize<LabeledChannel>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path} holds no channel.");

    public override string ToString() => Channel;
}

public sealed record LabeledMessage(
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("moment")] bool Moment,
    [property: JsonPropertyName("category")] string? Category);
