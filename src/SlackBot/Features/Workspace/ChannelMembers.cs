using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Workspace;

/// <summary>
/// Who is in a channel, from Slack's <c>conversations.members</c>, remembered for a few minutes so that a search
/// touching a private channel twice in a row asks once. When Slack cannot tell (the bot left, a transport failure)
/// the answer is "not a member": what is private stays hidden rather than shown by mistake.
/// </summary>
public sealed partial class ChannelMembers(ISlackApi slack, TimeProvider time, ILogger<ChannelMembers> logger)
{
    /// <summary>Long enough to serve one person's few searches, short enough that leaving a channel soon counts.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Members, DateTimeOffset At)> _known = new(StringComparer.Ordinal);

    public async Task<bool> IsMemberAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (_known.TryGetValue(channelId, out var known) && time.GetUtcNow() - known.At < MaxAge) return known.Members.Contains(userId);

        try
        {
            var members = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var member in slack.ReadAllMembersAsync(channelId, cancellationToken)) members.Add(member);
            _known[channelId] = (members, time.GetUtcNow());
            return members.Contains(userId);
        }
        catch (Exception exception) when (exception is SlackApiException or SlackTransportException)
        {
            LogUnknown(channelId, exception.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the members of {ChannelId} ({Failure}); treating the caller as not a member")]
    private partial void LogUnknown(string channelId, string failure);
}
