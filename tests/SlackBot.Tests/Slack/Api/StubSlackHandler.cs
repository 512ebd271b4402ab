using System.Collections.Concurrent;

namespace SlackBot.Tests.Slack.Api;

/// <summary>
/// Stands in for the network under the production handler chain. Records every request with the fake time it
/// arrived at, then answers: by default with the method's {method}.ok.json fixture, or with a test's script.
/// </summary>
internal sealed class StubSlackHandler(TimeProvider timeProvider) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> _answer = DefaultAnswer;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public RecordedRequest Single => Requests is [var only] ? only : throw new AssertionException($"expected one request, saw {Requests.Count}");

    /// <summary>Answers the n-th request (0-based) from the list; the last entry answers all further requests.</summary>
    public void AnswerInOrder(params Func<HttpResponseMessage>[] answers) =>
        _answer = (_, index, _) => Task.FromResult(answers[Math.Min(index, answers.Length - 1)]());

    public void Answer(Func<RecordedRequest, HttpResponseMessage> answer) =>
        _answer = (request, _, _) => Task.FromResult(answer(request));

    public void Answer(Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> answer) => _answer = answer;

    /// <summary>Never answers; the request ends only when the client cancels it (e.g. its attempt timeout).</summary>
    public void NeverAnswer() =>
        _answer = async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        };

    public void Throw(Func<Exception> failure) => _answer = (_, _, _) => Task.FromException<HttpResponseMessage>(failure());

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            timeProvider.GetUtcNow());

        int index;
        lock (_requests)
        {
            index = _requests.Count;
            _requests.Enqueue(recorded);
        }

        return await _answer(recorded, index, cancellationToken);
    }

    private static Task<HttpResponseMessage> DefaultAnswer(RecordedRequest request, int index, CancellationToken ct)
    {
        var fixture = $"{request.SlackMethod}.ok.json";
        return Task.FromResult(ApiFixtures.Exists(fixture) ? ApiFixtures.Answer(fixture) : ApiFixtures.Text("OK"));
    }
}
