namespace SlackBot.Slack.Api;

/// <summary>
/// What the resilience pipeline needs to know about a request, carried in <see cref="HttpRequestMessage.Options"/>:
/// which method it is (for logs) and whether repeating it is harmless.
/// </summary>
internal static class SlackRequestOptions
{
    private static readonly HttpRequestOptionsKey<string> MethodKey = new("SlackBot.Slack.Api.Method");
    private static readonly HttpRequestOptionsKey<bool> IsReadKey = new("SlackBot.Slack.Api.IsRead");
    private static readonly HttpRequestOptionsKey<bool> CanResendKey = new("SlackBot.Slack.Api.CanResend");

    public static void Describe(HttpRequestMessage request, string method, bool isRead, bool canResend = true)
    {
        request.Options.Set(MethodKey, method);
        request.Options.Set(IsReadKey, isRead);
        request.Options.Set(CanResendKey, canResend);
    }

    public static string MethodOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(MethodKey, out var method) ? method : "unknown";

    /// <summary>A read has no side effect, so it may be repeated after any failure.</summary>
    public static bool IsRead(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(IsReadKey, out var isRead) && isRead;

    /// <summary>False when the body is a one-shot stream that a second attempt could not send again.</summary>
    public static bool CanResend(HttpRequestMessage? request) =>
        request is null || !request.Options.TryGetValue(CanResendKey, out var canResend) || canResend;
}
