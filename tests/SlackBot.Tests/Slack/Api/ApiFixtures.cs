using System.Net;
using System.Text;

namespace SlackBot.Tests.Slack.Api;

/// <summary>Real-shaped Slack answers stored under Fixtures/Api, named {method}.{case}.json.</summary>
internal static class ApiFixtures
{
    public static string Directory { get; } = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Api");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static bool Exists(string name) => File.Exists(Path.Combine(Directory, name));

    public static HttpResponseMessage Answer(string name, HttpStatusCode status = HttpStatusCode.OK) => Json(Read(name), status);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(string text, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, "text/plain") };

    public static HttpResponseMessage TooManyRequests(int? retryAfterSeconds)
    {
        var response = Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.Add("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return response;
    }
}
