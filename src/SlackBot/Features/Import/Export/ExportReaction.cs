namespace SlackBot.Features.Import.Export;

/// <summary>An emoji reaction; <see cref="Users"/> may be a sample, <see cref="Count"/> is the real total.</summary>
/// <param name="Name">The emoji name without colons, e.g. "bulb".</param>
public sealed record ExportReaction(string Name, IReadOnlyList<string> Users, int Count);
