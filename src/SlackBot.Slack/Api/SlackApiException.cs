namespace SlackBot.Slack.Api;

/// <summary>
/// Slack answered <c>ok: false</c>. <see cref="Error"/> is Slack's machine-readable code; use
/// <see cref="SlackErrors"/> to decide whether trying again can help. The message never carries tokens or bodies.
/// </summary>
public class SlackApiException : Exception
{
    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
        Method = "unknown";
        Error = "unknown_error";
        Messages = [];
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
        Messages = [];
    }

    public SlackApiException(
        string method,
        string error,
        IReadOnlyList<string>? messages = null,
        string? needed = null,
        string? provided = null)
        : base(Describe(method, error, messages, needed))
    {
        Method = method;
        Error = error;
        Messages = messages ?? [];
        Needed = needed;
        Provided = provided;
    }

    /// <summary>The Web API method, e.g. chat.postMessage.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, e.g. channel_not_found.</summary>
    public string Error { get; }

    /// <summary>Validation details from response_metadata.messages, e.g. which block was invalid.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>For missing_scope: the scope the method needs.</summary>
    public string? Needed { get; }

    /// <summary>For missing_scope: the scopes the token has.</summary>
    public string? Provided { get; }

    private static string Describe(string method, string error, IReadOnlyList<string>? messages, string? needed)
    {
        var text = $"Slack method {method} failed: {error}";
        if (needed is not null)
        {
            text += $" (needs scope {needed})";
        }

        if (messages is { Count: > 0 })
        {
            text += $" ({string.Join("; ", messages)})";
        }

        return text;
    }
}
