using System.Runtime.CompilerServices;

namespace SlackBot.Slack.Api;

/// <summary>Walks Slack's cursor pagination.</summary>
public static class SlackPagination
{
    /// <summary>
    /// Yields the items of every page, fetching the next page only when the previous one is used up. Stops when
    /// next_cursor is empty, null or absent (Slack's documented end) and, defensively, when Slack hands back the
    /// cursor it was just given, which would otherwise loop forever.
    /// </summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? NextCursor)>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);

        string? cursor = null;
        while (true)
        {
            var (items, nextCursor) = await fetchPage(cursor, cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }

            if (string.IsNullOrEmpty(nextCursor) || nextCursor == cursor)
            {
                yield break;
            }

            cursor = nextCursor;
        }
    }
}
