using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Fakes;

/// <summary>Reads the fake's data fixtures from Fixtures/Fakes in the test output directory.</summary>
internal static class FakesFixtures
{
    public static JsonObject Load(string fileName)
    {
        var path = Fixtures.Path(Path.Combine("Fakes", fileName));
        return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} does not hold a JSON object.");
    }
}
