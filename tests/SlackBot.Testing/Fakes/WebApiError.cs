namespace SlackBot.Testing.Fakes;

/// <summary>Thrown by a fake Web API method to answer <c>{"ok":false,"error":…}</c>, with optional
/// <c>response_metadata.messages</c> like Slack's invalid_arguments answers.</summary>
internal sealed class WebApiError(string error, params string[] messages) : Exception(error)
{
    public string Error { get; } = error;

    public IReadOnlyList<string> Messages { get; } = messages;

    public static WebApiError MissingArgument(string name) =>
        new("invalid_arguments", $"[ERROR] missing required field: {name}");
}
