using System.Security.Cryptography;
using System.Text;

namespace SlackBot.Features.Review;

/// <summary>How often the bot has used one response_url, keyed by a hash so that the URL itself is not kept twice.</summary>
public sealed record ResponseUrlUse
{
    public string Id { get; init; } = "";
    public DateTimeOffset IssuedAt { get; init; }
    public int Uses { get; init; }
}

/// <summary>
/// Counts the bot's uses of each response_url so that it never asks more of one than <see cref="ResponseUrlLimits"/>
/// allow; past that, messages go by DM. <see cref="TryUseAsync"/> only decides: the caller saves the use it returns in
/// the unit of work that enqueues the message, so a use is counted exactly when its message is written.
/// </summary>
public sealed class ResponseUrlLedger(IResponseUrlUseStore uses)
{
    /// <summary>The use to save when the URL may be used once more, or null (nothing to save) when it may not.</summary>
    public async Task<ResponseUrlUse?> TryUseAsync(string responseUrl, DateTimeOffset issuedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = KeyOf(responseUrl);
        var use = await uses.FindAsync(id, cancellationToken) ?? new ResponseUrlUse { Id = id, IssuedAt = issuedAt };
        return ResponseUrlLimits.MayUse(use.Uses, use.IssuedAt, now) ? use with { Uses = use.Uses + 1 } : null;
    }

    public async Task<int> UsesOfAsync(string responseUrl, CancellationToken cancellationToken) =>
        (await uses.FindAsync(KeyOf(responseUrl), cancellationToken))?.Uses ?? 0;

    /// <summary>Forgets URLs that expired before <paramref name="before"/>.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        uses.PruneIssuedBeforeAsync(before - ResponseUrlLimits.Lifetime, cancellationToken);

    private static string KeyOf(string responseUrl) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(responseUrl)));
}
