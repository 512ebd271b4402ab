using YamlDotNet.Serialization;

namespace SlackBot.Tests.Manifest;

// The part of Slack's app manifest schema (manifest.schema.1.0.0.json) that our manifests use. Read strictly:
// a key that is not declared here, such as a misspelt "socket_mode_enable", fails the read instead of being
// silently ignored by the tests and rejected (or ignored) by Slack later.

internal sealed record AppManifest
{
    [YamlMember(Alias = "_metadata", ApplyNamingConventions = false)]
    public ManifestMetadata? Metadata { get; init; }

    public DisplayInformation? DisplayInformation { get; init; }

    public ManifestFeatures? Features { get; init; }

    public OAuthConfig? OauthConfig { get; init; }

    public ManifestSettings? Settings { get; init; }

    public IReadOnlyList<string> BotEvents => Settings?.EventSubscriptions?.BotEvents ?? [];

    public IReadOnlyList<string> BotScopes => OauthConfig?.Scopes?.Bot ?? [];

    public IReadOnlyList<SlashCommand> SlashCommands => Features?.SlashCommands ?? [];

    public IReadOnlyList<Shortcut> Shortcuts => Features?.Shortcuts ?? [];
}

internal sealed record ManifestMetadata
{
    public int MajorVersion { get; init; }

    public int MinorVersion { get; init; }
}

internal sealed record DisplayInformation
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? BackgroundColor { get; init; }

    public string? LongDescription { get; init; }
}

internal sealed record ManifestFeatures
{
    public AppHome? AppHome { get; init; }

    public BotUser? BotUser { get; init; }

    public List<SlashCommand>? SlashCommands { get; init; }

    public List<Shortcut>? Shortcuts { get; init; }
}

internal sealed record AppHome
{
    public bool? HomeTabEnabled { get; init; }

    public bool? MessagesTabEnabled { get; init; }

    public bool? MessagesTabReadOnlyEnabled { get; init; }
}

internal sealed record BotUser
{
    public string? DisplayName { get; init; }

    public bool? AlwaysOnline { get; init; }
}

internal sealed record SlashCommand
{
    public string? Command { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }

    public string? UsageHint { get; init; }

    public bool? ShouldEscape { get; init; }
}

/// <summary>A shortcut in a message's menu (<c>type: message</c>) or the shortcuts menu (<c>type: global</c>).</summary>
internal sealed record Shortcut
{
    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? CallbackId { get; init; }

    public string? Description { get; init; }
}

internal sealed record OAuthConfig
{
    public OAuthScopes? Scopes { get; init; }
}

internal sealed record OAuthScopes
{
    public List<string>? Bot { get; init; }

    public List<string>? User { get; init; }
}

internal sealed record ManifestSettings
{
    public EventSubscriptions? EventSubscriptions { get; init; }

    public Interactivity? Interactivity { get; init; }

    public bool? OrgDeployEnabled { get; init; }

    public bool? SocketModeEnabled { get; init; }

    public bool? TokenRotationEnabled { get; init; }
}

internal sealed record EventSubscriptions
{
    public string? RequestUrl { get; init; }

    public List<string>? BotEvents { get; init; }

    public List<string>? UserEvents { get; init; }
}

internal sealed record Interactivity
{
    public bool? IsEnabled { get; init; }

    public string? RequestUrl { get; init; }

    public string? MessageMenuOptionsUrl { get; init; }
}
