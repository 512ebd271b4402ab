namespace SlackBot.Features.Import.Export.Wire;

/// <summary>An entry of channels.json or groups.json; numbers there are often written as strings.</summary>
internal sealed record ChannelWire
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Seconds since the epoch.</summary>
    public long? Created { get; init; }

    public bool? IsArchived { get; init; }

    public ChannelTextWire? Topic { get; init; }

    public ChannelTextWire? Purpose { get; init; }
}

/// <summary>A channel's topic or purpose: the text plus who set it when.</summary>
internal sealed record ChannelTextWire
{
    public string? Value { get; init; }
}
