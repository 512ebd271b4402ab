namespace SlackBot.Features.Import.Export.Wire;

/// <summary>An entry of users.json.</summary>
internal sealed record UserWire
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    public bool? Deleted { get; init; }

    public bool? IsBot { get; init; }

    public string? Tz { get; init; }

    public UserProfileWire? Profile { get; init; }
}

internal sealed record UserProfileWire
{
    public string? RealName { get; init; }

    public string? DisplayName { get; init; }
}
