using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SlackBot.Testing.Fakes;

/// <summary>Slack's request signature: "v0=" + lowercase hex HMAC-SHA256, keyed with the signing secret as UTF-8,
/// over "v0:{timestamp}:" followed by the raw body bytes. Written from the Slack documentation, independently of the
/// product's verifier, so each checks the other.</summary>
public static class SlackSignature
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public static string Compute(string signingSecret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v0:{timestamp}:"));
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
