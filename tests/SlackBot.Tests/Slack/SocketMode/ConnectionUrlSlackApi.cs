using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>
/// The one Web API method the receiver calls, apps.connections.open: a new ticketed URL each time, or a scripted
/// failure. Records when (on the test's clock) each call came. Every other method is out of scope here.
/// </summary>
internal sealed class ConnectionUrlSlackApi(TimeProvider time) : ISlackApi
{
    public const string TicketPrefix = "ticket-do-not-log-";

    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly ConcurrentQueue<DateTimeOffset> _calls = new();

    public IReadOnlyList<DateTimeOffset> OpenCalls => [.. _calls];

    public void FailNext(Exception failure, int times = 1)
    {
        for (var i = 0; i < times; i++) _failures.Enqueue(failure);
    }

    public Task<Uri> OpenSocketModeConnectionAsync(CancellationToken ct = default)
    {
        _calls.Enqueue(time.GetUtcNow());
        return _failures.TryDequeue(out var failure)
            ? Task.FromException<Uri>(failure)
            : Task.FromResult(new Uri($"wss://wss-primary.slack.example/link/?ticket={TicketPrefix}{_calls.Count}&app_id=A0TEST"));
    }

    public Task<AuthTestResponse> AuthTestAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public Task<PostMessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<PostEphemeralResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<UpdateMessageResponse> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> GetPermalinkAsync(string channel, string messageTs, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackConversation> GetConversationInfoAsync(string channel, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<MessagesPage> GetConversationHistoryAsync(HistoryRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<MessagesPage> GetConversationRepliesAsync(RepliesRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<MembersPage> GetConversationMembersAsync(string channel, string? cursor = null, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackConversation> JoinConversationAsync(string channel, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackUser> GetUserInfoAsync(string user, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SlackUserGroup>> ListUserGroupsAsync(CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> GetUserGroupMembersAsync(string userGroupId, CancellationToken ct = default) => throw new NotSupportedException();

    public Task AddReactionAsync(string channel, string timestamp, string name, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackView> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackView> PublishViewAsync(string userId, JsonObject view, string? hash = null, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SlackView> UpdateViewAsync(string viewId, JsonObject view, string? hash = null, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<UploadUrl> GetUploadUrlExternalAsync(string filename, long length, CancellationToken ct = default) => throw new NotSupportedException();

    public Task UploadToUrlAsync(Uri uploadUrl, Stream content, string filename, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SlackFileRef>> CompleteUploadExternalAsync(CompleteUploadRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken ct = default) => throw new NotSupportedException();
}
