using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Fakes;

/// <summary>Test-side HttpClient calls to the fake's Web API, in each of the shapes Slack accepts.</summary>
internal sealed class SlackApiTestClient(FakeSlack slack) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string? Token { get; set; } = slack.BotToken;

    public Task<ApiReply> PostJsonAsync(string method, JsonObject args, string contentType = "application/json; charset=utf-8")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(args.ToJsonString()));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(HttpMethod.Post, method, content, query: null);
    }

    public Task<ApiReply> PostFormAsync(string method, params (string Name, string Value)[] fields) =>
        SendAsync(HttpMethod.Post, method,
            new FormUrlEncodedContent(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))), query: null);

    public Task<ApiReply> GetAsync(string method, params (string Name, string Value)[] query) =>
        SendAsync(HttpMethod.Get, method, content: null, query);

    public void Dispose() => http.Dispose();

    private async Task<ApiReply> SendAsync(HttpMethod verb, string method, HttpContent? content, (string Name, string Value)[]? query)
    {
        var url = new Uri(slack.ApiBaseUrl, method);
        if (query is { Length: > 0 })
        {
            url = new Uri($"{url}?{string.Join('&', query.Select(pair => $"{Uri.EscapeDataString(pair.Name)}={Uri.EscapeDataString(pair.Value)}"))}");
        }

        using var request = new HttpRequestMessage(verb, url) { Content = content };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        using var response = await http.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(raw) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }

        return new ApiReply(response.StatusCode, response.Headers.RetryAfter?.Delta, json, raw);
    }
}

/// <summary>What the fake answered: status, Retry-After, the parsed JSON (null for non-JSON bodies) and the raw text.</summary>
internal sealed record ApiReply(HttpStatusCode Status, TimeSpan? RetryAfter, JsonObject? Json, string Raw)
{
    public JsonObject Body => Json ?? throw new AssertionException($"Expected a JSON body, got: {Raw}");

    public bool Ok => Body["ok"]?.GetValue<bool>() == true;

    public string? Error => Body["error"]?.GetValue<string>();
}
