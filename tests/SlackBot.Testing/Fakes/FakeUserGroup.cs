namespace SlackBot.Testing.Fakes;

/// <summary>A user group in the fake workspace (<c>S…</c>), known by its handle, with the ids of its people.</summary>
public sealed record FakeUserGroup(string Id, string Handle, string Name, IReadOnlyList<string> Users);
