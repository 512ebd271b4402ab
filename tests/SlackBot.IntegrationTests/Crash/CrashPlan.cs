namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// Where one run kills the bot and which Slack failures it injects, all derived from <see cref="Seed"/>: the same seed
/// is the same run. <see cref="Undisturbed"/> is the reference: no kills, no faults.
/// </summary>
public sealed record CrashPlan(int Seed, bool KillsWhileStreaming, bool KillsWhilePostingQuestions, bool KillsWhileAnswering,
    bool KillsWhileSendingDigest, bool WithSlackFaults)
{
    public static CrashPlan Undisturbed { get; } = new(0, false, false, false, false, false);

    /// <summary>SIGKILL at four points: mid-stream, while questions go out, mid-answers, while the digest goes out.</summary>
    public static CrashPlan Kills(int seed) => new(seed, true, true, true, true, false);

    /// <summary>Slack failing through the run (see <see cref="InjectFaults"/>), plus kills mid-stream and mid-answers.</summary>
    public static CrashPlan Faults(int seed) => new(seed, true, false, true, false, true);

    /// <summary>The faults a failing Slack produces, queued per method and taken by the next calls, in order.</summary>
    public IReadOnlyList<string> InjectFaults(FakeSlackFaults faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        if (!WithSlackFaults) return [];
        var random = new Random(Seed);
        var injected = new List<string>();
        void Note(string what) => injected.Add(what);

        // Posting: rate limited, server errors before and after Slack took the post, resets before and after, a timeout.
        var posts = new List<Action>
        {
            () => { faults.RateLimit("chat.postMessage", retryAfterSeconds: 1); Note("chat.postMessage 429 Retry-After 1"); },
            () => { faults.ServerError("chat.postMessage", 500); Note("chat.postMessage 500"); },
            () => { faults.ServerError("chat.postMessage", 502, afterProcessing: true); Note("chat.postMessage 502 after it was posted"); },
            () => { faults.ConnectionReset("chat.postMessage"); Note("chat.postMessage connection reset"); },
            () => { faults.ConnectionReset("chat.postMessage", afterProcessing: true); Note("chat.postMessage reset after it was posted"); },
            () => { faults.Slow("chat.postMessage", TimeSpan.FromSeconds(12)); Note("chat.postMessage no answer in 12 s (timeout)"); },
        };
        foreach (var post in posts.OrderBy(_ => random.Next())) post();

        faults.ServerError("conversations.info", 503, times: 2); Note("conversations.info 503 x2");
        faults.RateLimit("users.info", retryAfterSeconds: 1); Note("users.info 429 Retry-After 1");
        faults.ConnectionReset("conversations.history"); Note("conversations.history connection reset");
        faults.ConnectionReset("conversations.replies"); Note("conversations.replies connection reset");
        faults.Error("chat.update", random.Next(2) == 0 ? "channel_not_found" : "not_in_channel"); Note("chat.update ok:false");
        faults.ServerError("files.getUploadURLExternal", 500); Note("files.getUploadURLExternal 500");
        faults.RateLimit("files.completeUploadExternal", retryAfterSeconds: 1); Note("files.completeUploadExternal 429 Retry-After 1");
        return injected;
    }
}
