namespace SlackBot.Tests.Slack.Api;

/// <summary>What the stub saw of one HTTP request, captured before the client could dispose it.</summary>
internal sealed record RecordedRequest(
    HttpMethod HttpMethod,
    Uri Uri,
    string? Authorization,
    string? ContentType,
    string? Body,
    DateTimeOffset At)
{
    /// <summary>The Web API method for calls under /api/, otherwise the path.</summary>
    public string SlackMethod
    {
        get
        {
            var path = Uri.AbsolutePath;
            var api = path.IndexOf("/api/", StringComparison.Ordinal);
            return api >= 0 ? path[(api + "/api/".Length)..] : path;
        }
    }
}
