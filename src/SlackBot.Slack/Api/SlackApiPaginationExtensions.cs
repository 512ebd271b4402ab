namespace SlackBot.Slack.Api;

/// <summary>Whole-conversation and whole-thread reads on top of the paged methods.</summary>
public static class SlackApiPaginationExtensions
{
    /// <summary>Every top-level message matching <paramref name="request"/>, newest first, across all pages.</summary>
    public static IAsyncEnumerable<SlackMessage> ReadAllHistoryAsync(
        this ISlackApi api,
        HistoryRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(request);
        return SlackPagination.ReadAllAsync(
            async (cursor, ct) =>
            {
                var page = await api.GetConversationHistoryAsync(request with { Cursor = cursor ?? request.Cursor }, ct);
                return (page.Messages, page.NextCursor);
            },
            cancellationToken);
    }

    /// <summary>The ids of everyone in the conversation, across all pages.</summary>
    public static IAsyncEnumerable<string> ReadAllMembersAsync(this ISlackApi api, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        return SlackPagination.ReadAllAsync(
            async (cursor, ct) =>
            {
                var page = await api.GetConversationMembersAsync(channel, cursor, ct);
                return (page.Members, page.NextCursor);
            },
            cancellationToken);
    }

    /// <summary>The parent message and every reply of a thread, across all pages.</summary>
    public static IAsyncEnumerable<SlackMessage> ReadAllRepliesAsync(
        this ISlackApi api,
        RepliesRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(request);
        return SlackPagination.ReadAllAsync(
            async (cursor, ct) =>
            {
                var page = await api.GetConversationRepliesAsync(request with { Cursor = cursor ?? request.Cursor }, ct);
                return (page.Messages, page.NextCursor);
            },
            cancellationToken);
    }
}
