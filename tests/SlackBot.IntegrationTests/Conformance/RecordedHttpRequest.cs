using System.Text;
using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Fakes;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>The request Slack posts for a sample: events as JSON, slash commands as form fields, interactions as a
/// form with one <c>payload</c> field holding the JSON.</summary>
public sealed record RecordedHttpRequest(string Path, byte[] Body, string ContentType)
{
    private const string Form = "application/x-www-form-urlencoded";

    /// <param name="json">The sample's JSON text; for events and interactions it is sent as is, even when not valid JSON.</param>
    public static RecordedHttpRequest For(RecordedSample sample, string json)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Kind switch
        {
            RecordedKind.Event => new(SignedRequestSender.EventsPath, Encoding.UTF8.GetBytes(json), "application/json"),
            RecordedKind.Command => new(SignedRequestSender.CommandsPath, Encoding.UTF8.GetBytes(SlackPayloads.FormEncode(Fields(json))), Form),
            _ => new(SignedRequestSender.InteractionsPath, Encoding.UTF8.GetBytes(SlackPayloads.FormEncode([new("payload", json)])), Form),
        };
    }

    /// <summary>A command's JSON (the Socket Mode shape) back as the form fields HTTP carries: every value as text.</summary>
    private static List<KeyValuePair<string, string>> Fields(string json) =>
        [.. JsonNode.Parse(json)!.AsObject().Select(field => new KeyValuePair<string, string>(field.Key, field.Value?.ToString() ?? ""))];
}
