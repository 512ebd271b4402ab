using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Support;

/// <summary>
/// An ISlackApi for unit tests above the client: records what was asked and answers from a script.
/// Each scripted failure is consumed by the next call of that method; without one the call succeeds.
/// (Integration tests use the fake Slack server instead.)
/// </summary>
internal sealed class ScriptedSlackApi : ISlackApi
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exception>> _failures = new();
    private int _ts;

    public ConcurrentQueue<(string Method, object Request)> Calls { get; } = new();

    /// <summary>Messages "already in Slack", returned by history/replies reads.</summary>
    public List<SlackMessage> ExistingMessages { get; } = [];

    public void FailNext(string method, Exception failure, int times = 1)
    {
        var queue = _failures.GetOrAdd(method, _ => new ConcurrentQueue<Exception>());
        for (var i = 0; i < times; i++) queue.Enqueue(failure);
    }

    public IReadOnlyList<T> CallsOf<T>(string method) => Calls.Where(call => call.Method == method).Select(call => (T)call.Request).ToList();

    public int Count(string method) => Calls.Count(call => call.Method == method);

    private void Record(string method, object request)
    {
        Calls.Enqueue((method, request));
        if (_failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var failure)) throw failure;
    }

    private string NextTs() => $"1700000000.{Interlocked.Increment(ref _ts):D6}";

    public Task<AuthTestResponse> AuthTestAsync(CancellationToken ct = default)
    {
        Record("auth.test", new object());
        return Task.FromResult(new AuthTestResponse("U0BOT", "B0BOT", "T0TEAM", "Team", "bot", "https://team.slack.com/"));
    }

    public Task<PostMessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken ct = default)
    {
        Record("chat.postMessage", request);
        return Task.FromResult(new PostMessageResponse(request.Channel, NextTs()));
    }

    public Task<PostEphemeralResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken ct = default)
    {
        Record("chat.postEphemeral", request);
        return Task.FromResult(new PostEphemeralResponse(NextTs()));
    }

    public Task<UpdateMessageResponse> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken ct = default)
    {
        Record("chat.update", request);
        return Task.FromResult(new UpdateMessageResponse(request.Channel, request.Ts));
    }

    public Task<string> GetPermalinkAsync(string channel, string messageTs, CancellationToken ct = default)
    {
        Record("chat.getPermalink", (channel, messageTs));
        return Task.FromResult($"https://team.slack.com/archives/{channel}/p{messageTs.Replace(".", "", StringComparison.Ordinal)}");
    }

    public Task<SlackConversation> GetConversationInfoAsync(string channel, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<MessagesPage> GetConversationHistoryAsync(HistoryRequest request, CancellationToken ct = default)
    {
        Record("conversations.history", request);
        return Task.FromResult(new MessagesPage(ExistingMessages.Where(m => m.ThreadTs is null || m.ThreadTs == m.Ts).ToList(), false, null));
    }

    public Task<MessagesPage> GetConversationRepliesAsync(RepliesRequest request, CancellationToken ct = default)
    {
        Record("conversations.replies", request);
        return Task.FromResult(new MessagesPage(ExistingMessages.Where(m => m.ThreadTs == request.Ts).ToList(), false, null));
    }

    public Task<MembersPage> GetConversationMembersAsync(string channel, string? cursor = null, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackConversation> JoinConversationAsync(string channel, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct = default)
    {
        Record("conversations.open", userId);
        return Task.FromResult("D" + userId[1..]);
    }

    public Task<SlackUser> GetUserInfoAsync(string user, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SlackUserGroup>> ListUserGroupsAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> GetUserGroupMembersAsync(string userGroupId, CancellationToken ct = default) => throw new NotSupportedException();

    public Task AddReactionAsync(string channel, string timestamp, string name, CancellationToken ct = default)
    {
        Record("reactions.add", (channel, timestamp, name));
        return Task.CompletedTask;
    }

    public Task<SlackView> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackView> PublishViewAsync(string userId, JsonObject view, string? hash = null, CancellationToken ct = default)
    {
        Record("views.publish", (userId, view));
        return Task.FromResult(new SlackView { Id = "V1" });
    }

    public Task<SlackView> UpdateViewAsync(string viewId, JsonObject view, string? hash = null, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<UploadUrl> GetUploadUrlExternalAsync(string filename, long length, CancellationToken ct = default)
    {
        Record("files.getUploadURLExternal", (filename, length));
        var id = $"F{Interlocked.Increment(ref _ts):D6}";
        return Task.FromResult(new UploadUrl(new Uri($"https://files.example/upload/v1/{id}"), id));
    }

    /// <summary>Records the bytes as sent, so a test can read the file back.</summary>
    public async Task UploadToUrlAsync(Uri uploadUrl, Stream content, string filename, CancellationToken ct = default)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        Record("upload", (uploadUrl, copy.ToArray(), filename));
    }

    public Task<IReadOnlyList<SlackFileRef>> CompleteUploadExternalAsync(CompleteUploadRequest request, CancellationToken ct = default)
    {
        Record("files.completeUploadExternal", request);
        return Task.FromResult(request.Files);
    }

    public Task<Uri> OpenSocketModeConnectionAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken ct = default)
    {
        Record("response_url", (responseUrl, message));
        return Task.CompletedTask;
    }
}
