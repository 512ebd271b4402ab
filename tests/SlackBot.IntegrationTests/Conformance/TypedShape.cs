using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>One field a listener reads: where it sits in Slack's JSON and how to read it from the typed record.</summary>
/// <param name="Required">The sample must carry it (non-blank once filled); otherwise it is checked only when present.</param>
public sealed record ShapeField(string Path, bool Required, Func<object, object?> Read);

/// <summary>
/// The typed record a route reads a payload into (with <see cref="SlackJson.Options"/>, as the router does) and the
/// fields of it the bot reads. <see cref="Mismatches"/> compares each field with the value at its JSON path, so a
/// field that is misnamed, mistyped or lost on the way shows up by name.
/// </summary>
public sealed class TypedShape
{
    private TypedShape(Type recordType, IReadOnlyList<ShapeField> fields)
    {
        RecordType = recordType;
        Fields = fields;
    }

    public Type RecordType { get; }

    public IReadOnlyList<ShapeField> Fields { get; }

    public static TypedShape Of<T>(params (string Path, bool Required, Func<T, object?> Read)[] fields)
        where T : class =>
        new(typeof(T), [.. fields.Select(field => new ShapeField(field.Path, field.Required, record => field.Read((T)record)))]);

    /// <summary>Reads <paramref name="json"/> into the record exactly as the router does; throws what the router would.</summary>
    public object Read(JsonNode json) =>
        json.Deserialize(RecordType, SlackJson.Options) ?? throw new JsonException($"The {RecordType.Name} payload is empty.");

    /// <summary>Every field whose typed value differs from the JSON (or that a required field lacks), described.</summary>
    public IReadOnlyList<string> Mismatches(JsonNode json)
    {
        var record = Read(json);
        var mismatches = new List<string>();
        foreach (var field in Fields)
        {
            var expected = RecordedJson.Text(RecordedJson.At(json, field.Path));
            var actual = RecordedJson.Text(field.Read(record));
            if (expected is null)
            {
                if (field.Required) mismatches.Add($"{field.Path}: the sample has no value (typed: {actual ?? "null"})");
                continue;
            }

            if (field.Required && expected.Length == 0) mismatches.Add($"{field.Path}: blank in the sample");
            else if (actual != expected) mismatches.Add($"{field.Path}: JSON '{expected}', {RecordType.Name} '{actual ?? "null"}'");
        }

        return mismatches;
    }
}
