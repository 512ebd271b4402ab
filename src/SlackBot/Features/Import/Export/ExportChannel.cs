namespace SlackBot.Features.Import.Export;

/// <summary>
/// A channel listed in the export: public ones come from <c>channels.json</c>, private ones from
/// <c>groups.json</c> (only present in exports that include private channels).
/// </summary>
/// <param name="Name">The channel's name without '#'; its messages live in the folder of that name.</param>
/// <param name="Created">When the channel was created, if the export says.</param>
/// <param name="Topic">The topic text, or null when unset.</param>
/// <param name="Purpose">The purpose text, or null when unset.</param>
public sealed record ExportChannel(
    string Id,
    string Name,
    bool IsPrivate,
    bool IsArchived,
    DateTimeOffset? Created,
    string? Topic,
    string? Purpose);
