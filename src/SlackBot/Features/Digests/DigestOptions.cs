namespace SlackBot.Features.Digests;

/// <summary>The <c>Digest</c> settings.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Leave people's names out of digests (quotes stay, attributed to nobody).</summary>
    public bool Anonymize { get; set; }

    /// <summary>Upload a chart of findings by theme with each digest.</summary>
    public bool Chart { get; set; } = true;

    /// <summary>A digest missed while the bot was down is sent late within this window, and skipped (with a log line) after it.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(1);
}
