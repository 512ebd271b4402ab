namespace SlackBot.Testing.Fakes;

/// <summary>A workspace member. <see cref="Tz"/> is an IANA zone id; users.info derives tz_offset from it.</summary>
public sealed record FakeUser(string Id, string Name, string Tz, string? RealName, bool IsBot = false);
