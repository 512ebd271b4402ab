using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SlackBot.Slack.Inbound;

/// <summary>The outcome of checking a request's Slack signature. Only <see cref="Valid"/> may be processed.</summary>
public enum SignatureCheck
{
    Valid,
    MissingTimestamp,
    MissingSignature,
    MalformedTimestamp,
    Stale,
    UnknownVersion,
    Mismatch,
}

/// <summary>
/// Verifies Slack's request signature (v0 HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>).
/// Pure: the clock is a parameter, so the official test vector can be checked with its own "now".
/// </summary>
public static class SlackSignatureVerifier
{
    /// <summary>Slack's replay window: a timestamp more than five minutes from now, either way, is rejected.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const string VersionPrefix = "v0=";

    public static SignatureCheck Verify(
        ReadOnlySpan<byte> rawBody, string? timestamp, string? signature, string signingSecret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp)) return SignatureCheck.MissingTimestamp;
        if (string.IsNullOrEmpty(signature)) return SignatureCheck.MissingSignature;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.MalformedTimestamp;

        var age = now.ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > (long)MaxClockSkew.TotalSeconds) return SignatureCheck.Stale;
        if (!signature.StartsWith(VersionPrefix, StringComparison.Ordinal)) return SignatureCheck.UnknownVersion;

        var expected = Encoding.ASCII.GetBytes(Sign(rawBody, timestamp, signingSecret));
        var actual = Encoding.ASCII.GetBytes(signature);
        // Constant-time so that an attacker cannot learn the signature byte by byte from response timings.
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>Computes the <c>v0=</c> signature Slack would send for this body and timestamp.</summary>
    public static string Sign(ReadOnlySpan<byte> rawBody, string timestamp, string signingSecret)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + rawBody.Length];
        prefix.CopyTo(message, 0);
        rawBody.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return VersionPrefix + Convert.ToHexStringLower(mac);
    }
}
