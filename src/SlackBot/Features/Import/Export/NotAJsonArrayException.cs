using System.Text.Json;

namespace SlackBot.Features.Import.Export;

/// <summary>A file that is valid JSON but not the array the export format promises, e.g. an object.</summary>
internal sealed class NotAJsonArrayException : Exception
{
    public NotAJsonArrayException()
    {
    }

    public NotAJsonArrayException(string message)
        : base(message)
    {
    }

    public NotAJsonArrayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotAJsonArrayException(JsonTokenType found)
        : base($"it holds {JsonProblems.Describe(found)} where a JSON array was expected")
    {
        Found = found;
    }

    public JsonTokenType Found { get; }
}
