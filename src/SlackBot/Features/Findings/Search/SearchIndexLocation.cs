namespace SlackBot.Features.Findings.Search;

/// <summary>The search index lives next to the LiteDB file it mirrors: <c>data/slackbot.db</c> → <c>data/slackbot.search/</c>.</summary>
public static class SearchIndexLocation
{
    public static string For(string storagePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storagePath);
        var full = Path.GetFullPath(storagePath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".search");
    }
}
