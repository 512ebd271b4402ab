using System.Text.Json;

namespace SlackBot.Features.Import.Export;

/// <summary>Short, human descriptions of JSON faults for <see cref="ExportProblem.Reason"/>.</summary>
internal static class JsonProblems
{
    /// <summary>E.g. "not valid JSON (line 12)".</summary>
    public static string NotValidJson(JsonException error) =>
        error.LineNumber is { } line ? $"not valid JSON (line {line + 1})" : "not valid JSON";

    /// <summary>E.g. "'reactions[0].count' has the wrong type" for a value of the wrong kind inside an element.</summary>
    public static string WrongShape(JsonException error) =>
        error.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? $"'{path[2..]}' has the wrong type"
            : "it has the wrong shape";

    /// <summary>E.g. "a string" for an array element that should have been an object.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "something else",
    };
}
