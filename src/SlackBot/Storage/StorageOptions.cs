namespace SlackBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file. Relative paths are relative to the working directory.</summary>
    public string Path { get; set; } = "data/slackbot.db";

    /// <summary>
    /// How long the text of ordinary incident messages (neither moments nor findings) is kept; after that
    /// <see cref="Retention.MessageRetentionJob"/> drops it. Moments and findings keep their words.
    /// </summary>
    public TimeSpan MessageRetention { get; set; } = TimeSpan.FromDays(30);
}
