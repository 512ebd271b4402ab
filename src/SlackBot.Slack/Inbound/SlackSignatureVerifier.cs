using System.Buffers;
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

        // The hex digits after "v0=" must be exactly one HMAC-SHA256 in lower case, as Slack sends it; anything else cannot match.
        var hex = signature.AsSpan(VersionPrefix.Length);
        if (hex.ContainsAnyInRange('A', 'F')) return SignatureCheck.Mismatch;
        Span<byte> actual = stackalloc byte[HmacLength];
        if (hex.Length != HmacLength * 2 || Convert.FromHexString(hex, actual, out _, out var written) != OperationStatus.Done || written != HmacLength)
            return SignatureCheck.Mismatch;

        Span<byte> expected = stackalloc byte[HmacLength];
        Mac(rawBody, timestamp, signingSecret, expected);
        // Constant-time so that an attacker cannot learn the signature byte by byte from response timings.
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>Computes the <c>v0=</c> signature Slack would send for this body and timestamp.</summary>
    public static string Sign(ReadOnlySpan<byte> rawBody, string timestamp, string signingSecret)
    {
        Span<byte> mac = stackalloc byte[HmacLength];
        Mac(rawBody, timestamp, signingSecret, mac);
        return VersionPrefix + Convert.ToHexStringLower(mac);
    }

    private const int HmacLength = 32;

    /// <summary>HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>, fed in pieces so the body is never copied.</summary>
    private static void Mac(ReadOnlySpan<byte> rawBody, string timestamp, string signingSecret, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData("v0:"u8);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hmac.AppendData(":"u8);
        hmac.AppendData(rawBody);
        hmac.GetHashAndReset(destination);
    }
}
