namespace SlackBot.Features.Import.Export;

/// <summary>The fixed file names at the root of a Slack export.</summary>
internal static class ExportFiles
{
    /// <summary>Public channels; its presence is what makes a folder an export.</summary>
    public const string Channels = "channels.json";

    /// <summary>Private channels, only in exports that include them.</summary>
    public const string Groups = "groups.json";

    public const string Users = "users.json";
}
