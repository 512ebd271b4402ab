namespace SlackBot.Features.Import.Export;

/// <summary>A workspace member from <c>users.json</c>; bots and apps are members too (<see cref="IsBot"/>).</summary>
/// <param name="Name">The handle (e.g. "priya.n"); the id when the export has none.</param>
/// <param name="Tz">IANA time zone name, e.g. "Europe/Berlin", if the export says.</param>
public sealed record ExportUser(
    string Id,
    string Name,
    string? RealName,
    string? DisplayName,
    bool IsBot,
    bool Deleted,
    string? Tz)
{
    /// <summary>The name to show people: display name, else real name, else handle.</summary>
    public string Label => DisplayName ?? RealName ?? Name;
}
