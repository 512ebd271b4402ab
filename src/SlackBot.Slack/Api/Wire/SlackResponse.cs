namespace SlackBot.Slack.Api.Wire;

/// <summary>
/// The envelope every Web API answer shares. Method-specific answers derive from it so a body is parsed once.
/// Application errors arrive as HTTP 200 with <see cref="Ok"/> false: <see cref="Ok"/> is the source of truth.
/// </summary>
internal record SlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    /// <summary>Comma-separated warning codes on a successful call.</summary>
    public string? Warning { get; init; }

    /// <summary>missing_scope: the scope the method needs.</summary>
    public string? Needed { get; init; }

    /// <summary>missing_scope: the scopes the token has.</summary>
    public string? Provided { get; init; }

    public SlackResponseMetadata? ResponseMetadata { get; init; }
}

internal sealed record SlackResponseMetadata
{
    public string? NextCursor { get; init; }

    public IReadOnlyList<string>? Messages { get; init; }

    public IReadOnlyList<string>? Warnings { get; init; }
}
