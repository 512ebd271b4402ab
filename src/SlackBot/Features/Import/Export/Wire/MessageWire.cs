namespace SlackBot.Features.Import.Export.Wire;

/// <summary>A message object in a day file, as written; only the fields the reader keeps.</summary>
internal sealed record MessageWire
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? Text { get; init; }

    public string? Ts { get; init; }

    public string? BotId { get; init; }

    /// <summary>The name a legacy bot_message or webhook posted under.</summary>
    public string? Username { get; init; }

    public BotProfileWire? BotProfile { get; init; }

    public string? ThreadTs { get; init; }

    public string? ParentUserId { get; init; }

    public int? ReplyCount { get; init; }

    public IReadOnlyList<ReactionWire?>? Reactions { get; init; }

    public IReadOnlyList<FileWire?>? Files { get; init; }

    public EditedWire? Edited { get; init; }

    public IReadOnlyList<BlockWire?>? Blocks { get; init; }
}

/// <summary>A Block Kit block, read only as far as its interactive elements (for recognising the bot's own questions).</summary>
internal sealed record BlockWire
{
    public string? Type { get; init; }

    public IReadOnlyList<BlockElementWire?>? Elements { get; init; }
}

internal sealed record BlockElementWire
{
    public string? ActionId { get; init; }
}

/// <summary>The app behind a message posted by a modern Slack app.</summary>
internal sealed record BotProfileWire
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}

internal sealed record ReactionWire
{
    public string? Name { get; init; }

    public IReadOnlyList<string?>? Users { get; init; }

    public int? Count { get; init; }
}

internal sealed record FileWire
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }
}

internal sealed record EditedWire
{
    public string? User { get; init; }

    public string? Ts { get; init; }
}
