using System.Text.RegularExpressions;

namespace SlackBot.Features.Learn;

/// <summary>
/// One entry of <c>Learn:Facilitators</c>: a person (<c>U…</c>/<c>W…</c>), a user group by id (<c>S…</c>), or a user
/// group by handle (<c>@sre-leads</c>). Slack's own escapes (<c>&lt;@U…&gt;</c>, <c>&lt;!subteam^S…|@handle&gt;</c>),
/// pasted from a message, are understood too.
/// </summary>
public abstract partial record FacilitatorEntry
{
    private protected FacilitatorEntry() { }

    public sealed record Person(string UserId) : FacilitatorEntry;

    public sealed record Group(string GroupId, string? Handle = null) : FacilitatorEntry;

    public sealed record GroupHandle(string Handle) : FacilitatorEntry;

    /// <summary>The entry, or null when it is none of the forms above.</summary>
    public static FacilitatorEntry? Parse(string? raw)
    {
        var text = (raw ?? "").Trim();
        if (UserIdForm().Match(text) is { Success: true } user) return new Person(user.Groups["id"].Value);
        if (GroupIdForm().Match(text) is { Success: true } group)
            return new Group(group.Groups["id"].Value, group.Groups["handle"].Success ? group.Groups["handle"].Value : null);
        if (HandleForm().Match(text) is { Success: true } handle) return new GroupHandle(handle.Groups["handle"].Value);
        return null;
    }

    [GeneratedRegex(@"^(<@)?(?<id>[UW][A-Z0-9]{2,})(\|[^>]*)?(?(1)>|)$", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdForm();

    [GeneratedRegex(@"^(<!subteam\^)?(?<id>S[A-Z0-9]{2,})(\|@?(?<handle>[a-z0-9._\-]+))?(?(1)>|)$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupIdForm();

    [GeneratedRegex(@"^@(?<handle>[a-z0-9][a-z0-9._\-]{0,79})$", RegexOptions.CultureInvariant)]
    private static partial Regex HandleForm();
}
