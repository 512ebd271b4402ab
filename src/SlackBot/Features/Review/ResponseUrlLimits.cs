namespace SlackBot.Features.Review;

/// <summary>
/// Slack's rule for a command's response_url: usable up to 5 times within 30 minutes of the command. One use is left for
/// the command's own answer (the inbox sends it through the same URL when it misses the 3-second acknowledgement), and
/// a use must start a little before the 30 minutes end, because the outbox sends it a moment later.
/// </summary>
public static class ResponseUrlLimits
{
    public const int MaxUses = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Uses kept back for the command's own late answer.</summary>
    public const int ReservedForTheCommand = 1;

    /// <summary>How long before the end of the lifetime the bot stops relying on the URL.</summary>
    public static readonly TimeSpan SendMargin = TimeSpan.FromMinutes(2);

    /// <summary>Whether one more message may go through a URL issued at <paramref name="issuedAt"/> and used <paramref name="usesSoFar"/> times.</summary>
    public static bool MayUse(int usesSoFar, DateTimeOffset issuedAt, DateTimeOffset now) =>
        usesSoFar < MaxUses - ReservedForTheCommand && now >= issuedAt && now < issuedAt + Lifetime - SendMargin;
}
