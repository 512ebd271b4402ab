namespace SlackBot.Testing.Fakes;

/// <summary>A user group (subteam, <c>S…</c>): what people type after <c>@</c>, its members, and whether an admin
/// disabled it (a disabled group lists no members unless asked with include_disabled).</summary>
public sealed record FakeUserGroup(string Id, string Handle, string Name, IReadOnlyList<string> Users, bool IsDisabled = false);
