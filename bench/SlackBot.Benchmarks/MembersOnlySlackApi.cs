using System.Reflection;
using SlackBot.Slack.Api;

namespace SlackBot.Benchmarks;

/// <summary>
/// A stand-in for Slack that knows only who is in which channel (<c>conversations.members</c>), for benchmarks of
/// paths that ask it; any other method throws, so a benchmark cannot quietly measure something else.
/// </summary>
public class MembersOnlySlackApi : DispatchProxy
{
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _members = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Counts the calls, so a benchmark can say how many reached "Slack".</summary>
    public int MemberCalls { get; private set; }

    public static ISlackApi Create(IReadOnlyDictionary<string, IReadOnlyList<string>> members)
    {
        var api = Create<ISlackApi, MembersOnlySlackApi>();
        ((MembersOnlySlackApi)(object)api)._members = members;
        return api;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name != nameof(ISlackApi.GetConversationMembersAsync) || args is null)
            throw new NotSupportedException($"The benchmark's Slack answers conversations.members only, not {targetMethod?.Name}.");
        MemberCalls++;
        var channel = (string)args[0]!;
        return Task.FromResult(new MembersPage(_members.GetValueOrDefault(channel) ?? [], null));
    }
}
