using System.Security.Cryptography;
using System.Text;
using LiteDB;
using SlackBot.Storage;

namespace SlackBot.Features.Review;

/// <summary>How often the bot has used one response_url, keyed by a hash so that the URL itself is not kept twice.</summary>
public sealed record ResponseUrlUse
{
    public string Id { get; init; } = "";
    public DateTimeOffset IssuedAt { get; init; }
    public int Uses { get; init; }
}

/// <summary>
/// Counts the bot's uses of each response_url (collection <c>response_url_uses</c>) so that it never asks more of one
/// than <see cref="ResponseUrlLimits"/> allow; past that, messages go by DM. Call inside the transaction that enqueues
/// the message, so a use is counted exactly when its message is written.
/// </summary>
public sealed class ResponseUrlLedger
{
    private readonly ILiteCollection<ResponseUrlUse> _uses;

    public ResponseUrlLedger(Database database) => _uses = database.Collection<ResponseUrlUse>("response_url_uses");

    /// <summary>Counts one use and returns true, or returns false (counting nothing) when the URL may not be used again.</summary>
    public bool TryUse(string responseUrl, DateTimeOffset issuedAt, DateTimeOffset now)
    {
        var id = KeyOf(responseUrl);
        var use = _uses.FindById(id) ?? new ResponseUrlUse { Id = id, IssuedAt = issuedAt };
        if (!ResponseUrlLimits.MayUse(use.Uses, use.IssuedAt, now)) return false;
        _uses.Upsert(use with { Uses = use.Uses + 1 });
        return true;
    }

    public int UsesOf(string responseUrl) => _uses.FindById(KeyOf(responseUrl))?.Uses ?? 0;

    /// <summary>Forgets URLs that expired before <paramref name="before"/>.</summary>
    public int Prune(DateTimeOffset before)
    {
        var old = _uses.FindAll().Where(use => use.IssuedAt + ResponseUrlLimits.Lifetime < before).Select(use => use.Id).ToList();
        foreach (var id in old) _uses.Delete(id);
        return old.Count;
    }

    private static string KeyOf(string responseUrl) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(responseUrl)));
}
