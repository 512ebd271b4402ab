using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using SlackBot.Slack.Api.Wire;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Slack.Api;

/// <summary>
/// <see cref="ISlackApi"/> over HttpClient. Writes go as JSON POSTs, reads as GETs with a query string; the
/// resilience pipeline registered by <see cref="SlackApiServiceCollectionExtensions.AddSlackApi(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SlackApiOptions})"/>
/// handles retries, this class turns what finally came back into records or typed exceptions.
/// </summary>
public sealed class SlackApiClient : ISlackApi
{
    // Names used in logs and exceptions for calls to URLs Slack handed out; the URLs themselves are credentials.
    private const string ResponseUrlCall = "response_url";
    private const string FileUploadCall = "file_upload";

    private static readonly SlackWireJsonContext Json = SlackWireJsonContext.Default;

    private readonly HttpClient _http;
    private readonly SlackApiOptions _options;
    private readonly ChannelPacer _pacer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Uri _baseUrl;
    private readonly SlackMetrics _metrics;

    public SlackApiClient(
        HttpClient http,
        IOptions<SlackApiOptions> options,
        ChannelPacer pacer,
        TimeProvider timeProvider,
        ILogger<SlackApiClient> logger,
        SlackMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pacer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _options = options.Value;
        _pacer = pacer;
        _timeProvider = timeProvider;
        _logger = logger;
        _metrics = metrics ?? SlackMetrics.Unregistered;

        // Relative method names only resolve under the base when it ends with a slash.
        var baseUrl = _options.BaseUrl.AbsoluteUri;
        _baseUrl = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
    }

    public async Task<AuthTestResponse> AuthTestAsync(CancellationToken ct = default)
    {
        const string method = "auth.test";
        var answer = await PostJsonAsync(method, new EmptyBody(), Json.EmptyBody, Json.AuthTestWire, ct);
        return new AuthTestResponse(
            Require(method, answer.UserId, "user_id"),
            answer.BotId,
            Require(method, answer.TeamId, "team_id"),
            answer.Team,
            answer.User,
            answer.Url);
    }

    public async Task<PostMessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string method = "chat.postMessage";
        await _pacer.WaitTurnAsync(request.Channel, ct);
        var answer = await PostJsonAsync(method, request, Json.PostMessageRequest, Json.ChannelTsWire, ct);
        return new PostMessageResponse(Require(method, answer.Channel, "channel"), Require(method, answer.Ts, "ts"));
    }

    public async Task<PostEphemeralResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string method = "chat.postEphemeral";
        await _pacer.WaitTurnAsync(request.Channel, ct);
        var answer = await PostJsonAsync(method, request, Json.PostEphemeralRequest, Json.PostEphemeralWire, ct);
        return new PostEphemeralResponse(Require(method, answer.MessageTs, "message_ts"));
    }

    public async Task<UpdateMessageResponse> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string method = "chat.update";
        await _pacer.WaitTurnAsync(request.Channel, ct);
        var answer = await PostJsonAsync(method, request, Json.UpdateMessageRequest, Json.ChannelTsWire, ct);
        return new UpdateMessageResponse(Require(method, answer.Channel, "channel"), Require(method, answer.Ts, "ts"));
    }

    public async Task<string> GetPermalinkAsync(string channel, string messageTs, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(messageTs);
        const string method = "chat.getPermalink";
        var query = new SlackQuery().Add("channel", channel).Add("message_ts", messageTs);
        var answer = await GetAsync(method, query, Json.PermalinkWire, ct);
        return Require(method, answer.Permalink, "permalink");
    }

    public async Task<SlackConversation> GetConversationInfoAsync(string channel, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        const string method = "conversations.info";
        var answer = await GetAsync(method, new SlackQuery().Add("channel", channel), Json.ConversationWire, ct);
        return Require(method, answer.Channel, "channel");
    }

    public async Task<MessagesPage> GetConversationHistoryAsync(HistoryRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new SlackQuery()
            .Add("channel", request.Channel)
            .Add("cursor", request.Cursor)
            .Add("limit", request.Limit)
            .Add("oldest", request.Oldest)
            .Add("latest", request.Latest)
            .Add("inclusive", request.Inclusive)
            .Add("include_all_metadata", request.IncludeAllMetadata);
        return ToPage(await GetAsync("conversations.history", query, Json.MessagesWire, ct));
    }

    public async Task<MessagesPage> GetConversationRepliesAsync(RepliesRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new SlackQuery()
            .Add("channel", request.Channel)
            .Add("ts", request.Ts)
            .Add("cursor", request.Cursor)
            .Add("limit", request.Limit)
            .Add("oldest", request.Oldest)
            .Add("latest", request.Latest)
            .Add("inclusive", request.Inclusive)
            .Add("include_all_metadata", request.IncludeAllMetadata);
        return ToPage(await GetAsync("conversations.replies", query, Json.MessagesWire, ct));
    }

    public async Task<MembersPage> GetConversationMembersAsync(string channel, string? cursor = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        // Slack advises pages of at most 200.
        var query = new SlackQuery().Add("channel", channel).Add("cursor", cursor).Add("limit", 200);
        var answer = await GetAsync("conversations.members", query, Json.MembersWire, ct);
        var next = answer.ResponseMetadata?.NextCursor;
        return new MembersPage(answer.Members ?? [], string.IsNullOrEmpty(next) ? null : next);
    }

    public async Task<SlackConversation> JoinConversationAsync(string channel, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        const string method = "conversations.join";
        var answer = await PostJsonAsync(method, new ChannelBody(channel), Json.ChannelBody, Json.ConversationWire, ct);
        return Require(method, answer.Channel, "channel");
    }

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        const string method = "conversations.open";
        var answer = await PostJsonAsync(method, new UsersBody(userId), Json.UsersBody, Json.ConversationWire, ct);
        return Require(method, answer.Channel, "channel").Id;
    }

    public async Task<SlackUser> GetUserInfoAsync(string user, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        const string method = "users.info";
        var answer = await GetAsync(method, new SlackQuery().Add("user", user), Json.UserWire, ct);
        return Require(method, answer.User, "user");
    }

    public async Task<IReadOnlyList<SlackUserGroup>> ListUserGroupsAsync(CancellationToken ct = default)
    {
        // A disabled group has no members that count; the member lists are read per group when needed.
        var query = new SlackQuery().Add("include_disabled", false).Add("include_users", false);
        var answer = await GetAsync("usergroups.list", query, Json.UserGroupsWire, ct);
        return answer.Usergroups ?? [];
    }

    public async Task<IReadOnlyList<string>> GetUserGroupMembersAsync(string userGroupId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userGroupId);
        var query = new SlackQuery().Add("usergroup", userGroupId).Add("include_disabled", false);
        var answer = await GetAsync("usergroups.users.list", query, Json.UserGroupUsersWire, ct);
        return answer.Users ?? [];
    }

    public async Task AddReactionAsync(string channel, string timestamp, string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var body = new ReactionsAddBody(channel, timestamp, name.Trim(':'));
        await PostJsonAsync("reactions.add", body, Json.ReactionsAddBody, Json.SlackResponse, ct);
    }

    public async Task<SlackView> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        ArgumentNullException.ThrowIfNull(view);
        const string method = "views.open";
        var answer = await PostJsonAsync(method, new ViewsOpenBody(triggerId, view), Json.ViewsOpenBody, Json.ViewWire, ct);
        return Require(method, answer.View, "view");
    }

    public async Task<SlackView> PublishViewAsync(string userId, JsonObject view, string? hash = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(view);
        const string method = "views.publish";
        var answer = await PostJsonAsync(method, new ViewsPublishBody(userId, view, hash), Json.ViewsPublishBody, Json.ViewWire, ct);
        return Require(method, answer.View, "view");
    }

    public async Task<SlackView> UpdateViewAsync(string viewId, JsonObject view, string? hash = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(viewId);
        ArgumentNullException.ThrowIfNull(view);
        const string method = "views.update";
        var answer = await PostJsonAsync(method, new ViewsUpdateBody(viewId, view, hash), Json.ViewsUpdateBody, Json.ViewWire, ct);
        return Require(method, answer.View, "view");
    }

    public async Task<UploadUrl> GetUploadUrlExternalAsync(string filename, long length, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(filename);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        const string method = "files.getUploadURLExternal";
        var query = new SlackQuery().Add("filename", filename).Add("length", length);
        var answer = await GetAsync(method, query, Json.UploadUrlWire, ct);
        var url = Uri.TryCreate(answer.UploadUrl, UriKind.Absolute, out var parsed) ? parsed : null;
        return new UploadUrl(Require(method, url, "upload_url"), Require(method, answer.FileId, "file_id"));
    }

    public async Task UploadToUrlAsync(Uri uploadUrl, Stream content, string filename, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(filename);

        var file = new BorrowedStreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl)
        {
            Content = new MultipartFormDataContent { { file, "filename", filename } },
        };

        // No Authorization header: the upload URL itself is the credential.
        SlackRequestOptions.Describe(request, FileUploadCall, isRead: false, canResend: content.CanSeek);
        await SendToIssuedUrlAsync(request, FileUploadCall, ct);
    }

    public async Task<IReadOnlyList<SlackFileRef>> CompleteUploadExternalAsync(CompleteUploadRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answer = await PostJsonAsync("files.completeUploadExternal", request, Json.CompleteUploadRequest, Json.FilesWire, ct);
        return answer.Files ?? [];
    }

    public async Task<Uri> OpenSocketModeConnectionAsync(CancellationToken ct = default)
    {
        const string method = "apps.connections.open";
        if (string.IsNullOrWhiteSpace(_options.AppToken))
        {
            throw new InvalidOperationException("Socket Mode needs the app-level token (Slack AppToken, an xapp- token) with connections:write.");
        }

        // Slack rejects the token as a body parameter for this method: header only, empty form body.
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUrl(method))
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AppToken);
        SlackRequestOptions.Describe(request, method, isRead: false);

        var answer = await CallAsync(request, method, Json.ConnectionUrlWire, ct);
        var url = Uri.TryCreate(answer.Url, UriKind.Absolute, out var parsed) ? parsed : null;
        return Require(method, url, "url");
    }

    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);

        // No Authorization header: the response_url itself is the credential.
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = JsonContent(ResponseUrlCall, message, Json.JsonObject),
        };
        SlackRequestOptions.Describe(request, ResponseUrlCall, isRead: false);
        await SendToIssuedUrlAsync(request, ResponseUrlCall, ct);
    }

    private static MessagesPage ToPage(MessagesWire answer)
    {
        var cursor = answer.ResponseMetadata?.NextCursor;
        return new MessagesPage(answer.Messages ?? [], answer.HasMore, string.IsNullOrEmpty(cursor) ? null : cursor);
    }

    private async Task<TAnswer> PostJsonAsync<TBody, TAnswer>(
        string method,
        TBody body,
        JsonTypeInfo<TBody> bodyInfo,
        JsonTypeInfo<TAnswer> answerInfo,
        CancellationToken ct)
        where TAnswer : SlackResponse
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUrl(method))
        {
            Content = JsonContent(method, body, bodyInfo),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.BotToken);
        SlackRequestOptions.Describe(request, method, isRead: false);
        return await CallAsync(request, method, answerInfo, ct);
    }

    private async Task<TAnswer> GetAsync<TAnswer>(string method, SlackQuery query, JsonTypeInfo<TAnswer> answerInfo, CancellationToken ct)
        where TAnswer : SlackResponse
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUrl, method + query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.BotToken);
        SlackRequestOptions.Describe(request, method, isRead: true);
        return await CallAsync(request, method, answerInfo, ct);
    }

    private Uri MethodUrl(string method) => new(_baseUrl, method);

    private ByteArrayContent JsonContent<T>(string method, T body, JsonTypeInfo<T> info)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, info);
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            SlackApiLog.RequestBody(_logger, method, Encoding.UTF8.GetString(bytes));
        }

        // Without the charset Slack answers with a missing_charset warning.
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private async Task<TAnswer> CallAsync<TAnswer>(HttpRequestMessage request, string method, JsonTypeInfo<TAnswer> answerInfo, CancellationToken ct)
        where TAnswer : SlackResponse
    {
        try
        {
            var answer = await AnswerAsync(request, method, answerInfo, ct);
            _metrics.SlackCall(method, SlackCallOutcome.Ok);
            return answer;
        }
        catch (Exception exception) when (CountFailure(method, exception))
        {
            throw; // Not reached: the filter only counts.
        }
    }

    private async Task SendToIssuedUrlAsync(HttpRequestMessage request, string call, CancellationToken ct)
    {
        try
        {
            using var response = await TransmitAsync(request, call, ct);
            await EnsureAcceptedAsync(response, call, ct);
            _metrics.SlackCall(call, SlackCallOutcome.Ok);
        }
        catch (Exception exception) when (CountFailure(call, exception))
        {
            throw; // Not reached: the filter only counts.
        }
    }

    /// <summary>Counts how a call failed and returns false, so that the exception goes on untouched.</summary>
    private bool CountFailure(string method, Exception exception)
    {
        var outcome = exception switch
        {
            SlackRateLimitedException => SlackCallOutcome.RateLimited,
            SlackApiException => SlackCallOutcome.Error,
            SlackTransportException => SlackCallOutcome.Transport,
            // A cancellation by the caller is not an answer from Slack.
            _ => (SlackCallOutcome?)null,
        };
        if (outcome is { } counted) _metrics.SlackCall(method, counted);
        return false;
    }

    private async Task<TAnswer> AnswerAsync<TAnswer>(HttpRequestMessage request, string method, JsonTypeInfo<TAnswer> answerInfo, CancellationToken ct)
        where TAnswer : SlackResponse
    {
        using var response = await TransmitAsync(request, method, ct);
        var status = (int)response.StatusCode;
        SlackApiLog.Answered(_logger, method, status);

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw RateLimited(method, response);
        }

        if (status >= 500)
        {
            throw NotCompleted(method, status, mayHaveBeenProcessed: true, $"HTTP {status}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var answer = Parse(body, answerInfo);

        // A body that does not fit the method's shape may still be a plain error envelope.
        var envelope = answer ?? Parse(body, Json.SlackResponse);
        if (envelope is { Ok: false, Error: not null } || (response.IsSuccessStatusCode && envelope is { Ok: false }))
        {
            throw Failed(method, envelope);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw NotCompleted(method, status, mayHaveBeenProcessed: true, $"HTTP {status}");
        }

        if (answer is null)
        {
            throw NotCompleted(method, status, mayHaveBeenProcessed: true, "the answer was not a Web API response");
        }

        LogWarnings(method, answer);
        return answer;
    }

    /// <summary>
    /// For URLs Slack handed out (response_url, file upload): success is any 2xx that is not an ok:false document;
    /// errors come as a JSON envelope or, from older endpoints, as a bare error code in plain text.
    /// </summary>
    private async Task EnsureAcceptedAsync(HttpResponseMessage response, string call, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        SlackApiLog.Answered(_logger, call, status);

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw RateLimited(call, response);
        }

        if (status >= 500)
        {
            throw NotCompleted(call, status, mayHaveBeenProcessed: true, $"HTTP {status}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var envelope = Parse(body, Json.SlackResponse);
        if (envelope is { Ok: false, Error: not null })
        {
            throw Failed(call, envelope);
        }

        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (BareErrorCode(body) is { } code)
        {
            throw Failed(call, new SlackResponse { Ok = false, Error = code });
        }

        throw NotCompleted(call, status, mayHaveBeenProcessed: true, $"HTTP {status}");
    }

    private async Task<HttpResponseMessage> TransmitAsync(HttpRequestMessage request, string method, CancellationToken ct)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException exception)
        {
            throw NotCompleted(method, null, mayHaveBeenProcessed: true, $"no answer within {_options.AttemptTimeout}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw NotCompleted(
                method,
                (int?)exception.StatusCode,
                TransportFailure.MayHaveBeenProcessed(exception),
                TransportFailure.Describe(exception),
                exception);
        }
        catch (OperationCanceledException exception)
        {
            throw NotCompleted(method, null, mayHaveBeenProcessed: true, "the transport cancelled the request", exception);
        }
    }

    private static T? Parse<T>(byte[] body, JsonTypeInfo<T> info)
        where T : class
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, info);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Accepts only what looks like a Slack error code, so an arbitrary body never reaches a message or a log.
    private static string? BareErrorCode(byte[] body)
    {
        if (body.Length is 0 or > 64)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length > 0 && text.All(c => c is (>= 'a' and <= 'z') or '_') ? text : null;
    }

    private SlackApiException Failed(string method, SlackResponse envelope)
    {
        var error = envelope.Error ?? "unknown_error";
        SlackApiLog.AnsweredError(_logger, method, error);
        return error is SlackErrors.RateLimited or "rate_limited"
            ? new SlackRateLimitedException(method, retryAfter: null)
            : new SlackApiException(method, error, envelope.ResponseMetadata?.Messages, envelope.Needed, envelope.Provided);
    }

    private SlackRateLimitedException RateLimited(string method, HttpResponseMessage response)
    {
        var retryAfter = SlackRetryAfter.Read(response, _timeProvider.GetUtcNow());
        SlackApiLog.GaveUpRateLimited(_logger, method, retryAfter);
        return new SlackRateLimitedException(method, retryAfter);
    }

    private SlackTransportException NotCompleted(
        string method, int? status, bool mayHaveBeenProcessed, string reason, Exception? inner = null)
    {
        SlackApiLog.DidNotComplete(_logger, method, reason, mayHaveBeenProcessed);
        return new SlackTransportException(method, status, mayHaveBeenProcessed, reason, inner);
    }

    private void LogWarnings(string method, SlackResponse answer)
    {
        var codes = (answer.Warning?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            .Concat(answer.ResponseMetadata?.Warnings ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (codes.Count > 0)
        {
            SlackApiLog.SucceededWithWarnings(_logger, method, string.Join(",", codes));
        }
    }

    private T Require<T>(string method, T? value, string field)
        where T : class =>
        value ?? throw NotCompleted(method, 200, mayHaveBeenProcessed: true, $"the answer lacked '{field}'");
}
