using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>One Web API call as the fake received and answered it. <see cref="Args"/> merges the query string with the
/// form fields or JSON body, exactly as sent. <see cref="Authorization"/> is kept so tests can check it, but
/// <see cref="ToString"/> masks it so a failing assertion never prints a token.</summary>
public sealed record RecordedCall(
    string Method,
    string HttpMethod,
    JsonObject Args,
    string? Authorization,
    string? ContentType,
    DateTimeOffset At,
    int StatusCode,
    string ResponseBody)
{
    /// <summary>The response body parsed as JSON, or null when the fake answered with a non-JSON body (5xx faults).</summary>
    public JsonObject? Response => TryParse(ResponseBody);

    public override string ToString()
    {
        var args = (JsonObject)Args.DeepClone();
        if (args.ContainsKey("token"))
        {
            args["token"] = SecretMask.Mask(args["token"]?.ToString());
        }

        return $"{HttpMethod} {Method} {args.ToJsonString()} auth={SecretMask.Mask(Authorization)} -> {StatusCode} {ResponseBody}";
    }

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
