using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Workspace;

/// <summary>
/// Who is in a Slack user group, from <c>usergroups.list</c> (handles to ids) and <c>usergroups.users.list</c>,
/// remembered for a few minutes so a burst of commands asks once. When Slack cannot tell (no <c>usergroups:read</c>
/// scope, a transport failure, an unknown handle) the answer is "not a member": the bot refuses rather than lets in.
/// </summary>
public sealed partial class UserGroupMembers(ISlackApi slack, TimeProvider time, ILogger<UserGroupMembers> logger)
{
    /// <summary>Short enough that someone added to or removed from the group counts within minutes.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Members, DateTimeOffset At)> _members = new(StringComparer.Ordinal);
    private (IReadOnlyList<SlackUserGroup> Groups, DateTimeOffset At)? _groups;

    /// <summary>True when <paramref name="userId"/> is in the group named by id or, when the id is null, by handle.</summary>
    public async Task<bool> IncludesAsync(string? groupId, string? handle, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        try
        {
            var id = groupId ?? (handle is null ? null : await IdForHandleAsync(handle, cancellationToken));
            if (id is null)
            {
                LogUnknownHandle(handle ?? "");
                return false;
            }

            return (await MembersAsync(id, cancellationToken)).Contains(userId);
        }
        catch (Exception exception) when (exception is SlackApiException or SlackTransportException)
        {
            LogUnknown(groupId ?? handle ?? "", exception.GetType().Name);
            return false;
        }
    }

    /// <summary>Forgets what is known, e.g. when Slack says a group changed.</summary>
    public void Forget(string? groupId = null)
    {
        if (groupId is null)
        {
            _members.Clear();
            _groups = null;
        }
        else
        {
            _members.TryRemove(groupId, out _);
        }
    }

    private async Task<IReadOnlySet<string>> MembersAsync(string groupId, CancellationToken cancellationToken)
    {
        if (_members.TryGetValue(groupId, out var known) && Fresh(known.At)) return known.Members;
        var members = (await slack.GetUserGroupMembersAsync(groupId, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        _members[groupId] = (members, time.GetUtcNow());
        return members;
    }

    /// <summary>The handle of the group with this id, to name it in a message; null when Slack cannot say.</summary>
    public async Task<string?> HandleForAsync(string groupId, CancellationToken cancellationToken)
    {
        try
        {
            return (await GroupsAsync(cancellationToken)).FirstOrDefault(group => group.Id == groupId)?.Handle is { Length: > 0 } handle ? handle : null;
        }
        catch (Exception exception) when (exception is SlackApiException or SlackTransportException)
        {
            LogUnknown(groupId, exception.GetType().Name);
            return null;
        }
    }

    private async Task<string?> IdForHandleAsync(string handle, CancellationToken cancellationToken) =>
        (await GroupsAsync(cancellationToken)).FirstOrDefault(group => string.Equals(group.Handle, handle, StringComparison.OrdinalIgnoreCase))?.Id;

    private async Task<IReadOnlyList<SlackUserGroup>> GroupsAsync(CancellationToken cancellationToken)
    {
        if (_groups is { } known && Fresh(known.At)) return known.Groups;
        var groups = await slack.ListUserGroupsAsync(cancellationToken);
        _groups = (groups, time.GetUtcNow());
        return groups;
    }

    private bool Fresh(DateTimeOffset at) => time.GetUtcNow() - at < MaxAge;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the members of user group {Group} ({Failure}); treating the caller as not a member")]
    private partial void LogUnknown(string group, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No user group has the handle '{Handle}' listed in Learn:Facilitators")]
    private partial void LogUnknownHandle(string handle);
}
