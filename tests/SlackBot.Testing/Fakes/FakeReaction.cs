namespace SlackBot.Testing.Fakes;

/// <summary>An emoji reaction added through reactions.add; <see cref="Name"/> has no colons.</summary>
public sealed record FakeReaction(string Channel, string Ts, string Name, string User, DateTimeOffset At);
