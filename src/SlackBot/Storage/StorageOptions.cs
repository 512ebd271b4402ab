namespace SlackBot.Storage;

/// <summary>Where the bot keeps its data: one embedded LiteDB file, or a PostgreSQL database shared by replicas.</summary>
public enum StorageProvider
{
    LiteDb,
    Postgres,
}

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><see cref="StorageProvider.LiteDb"/> (the default: one process, nothing to run) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>The LiteDB file. Relative paths are relative to the working directory.</summary>
    public string Path { get; set; } = "data/slackbot.db";

    /// <summary>
    /// The PostgreSQL database, in Npgsql's form (<c>Host=db;Database=slackbot;Username=bot;Password=…</c>) or as a URL
    /// (<c>postgres://bot:…@db:5432/slackbot</c>). <c>DATABASE_URL</c> fills it in when it is unset.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How long the text of ordinary incident messages (neither moments nor findings) is kept; after that
    /// <see cref="Retention.MessageRetentionJob"/> drops it. Moments and findings keep their words.
    /// </summary>
    public TimeSpan MessageRetention { get; set; } = TimeSpan.FromDays(30);
}
