using System.Text;
using CsCheck;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// Whatever arrives in <c>X-Slack-Request-Timestamp</c> and <c>X-Slack-Signature</c>, the check answers without
/// throwing, and it says Valid only for the signature Slack would have computed, inside the five-minute window.
/// </summary>
public class SignatureHeaderFuzzTests
{
    private const string Target = "signature headers";
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static readonly string[] Timestamps =
    [
        "1700000000", "1699999700", "1700000301", "0", "-1", "+1700000000", " 1700000000", "1700000000 ", "1.7e9", "0x6553F100",
        "99999999999999999999", "9223372036854775807", "-9223372036854775808", "١٧٠٠٠٠٠٠٠٠", "1700000000\0", "", "\uD800",
    ];

    private static readonly Gen<string> Timestamp = Gen.Frequency(
        (3, Gen.OneOf(Timestamps)),
        (2, Gen.Long[1_699_999_000, 1_700_001_000].Select(seconds => seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.String));

    private static readonly Gen<string> Signature = Gen.Frequency(
        (2, Gen.String),
        (2, Gen.Char["0123456789abcdefABCDEF"].Array[0, 80].Select(hex => "v0=" + new string(hex))),
        (1, Gen.OneOf("v0=", "v1=abc", "V0=00", "v0=" + new string('0', 64), "v0=" + new string('0', 10_000), "\0", "v0=\uD800")));

    [Test]
    public void Random_headers_never_throw_and_never_pass() =>
        Check.Sample(Gen.Select(HostileBytes.Noise, Timestamp, Signature), (body, timestamp, signature) =>
        {
            var check = SignatureCheck.Valid;
            HostileRun.Guard(Target, body.Length + timestamp.Length + signature.Length,
                () => check = SlackSignatureVerifier.Verify(body, timestamp, signature, Secret, Now));
            // A random signature matching HMAC-SHA256 would be a 2^-256 event: Valid here means the check is broken.
            Assert.That(check, Is.Not.EqualTo(SignatureCheck.Valid), $"ts '{timestamp}', signature '{signature}'");
        }, iter: 3_000, threads: 1);

    [Test]
    public void The_signature_Slack_computes_passes_inside_the_window_and_fails_outside_or_with_one_character_changed() =>
        Check.Sample(Gen.Select(HostileBytes.Noise, Gen.Long[-600, 600], Gen.Int[0, 63]), (body, skew, position) =>
        {
            var timestamp = (Now.ToUnixTimeSeconds() + skew).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var signature = SlackSignatureVerifier.Sign(body, timestamp, Secret);
            var inWindow = Math.Abs(skew) <= 300;
            var tampered = signature[..(3 + position)] + (signature[3 + position] == '0' ? '1' : '0') + signature[(4 + position)..];

            Assert.Multiple(() =>
            {
                Assert.That(SlackSignatureVerifier.Verify(body, timestamp, signature, Secret, Now),
                    Is.EqualTo(inWindow ? SignatureCheck.Valid : SignatureCheck.Stale));
                Assert.That(SlackSignatureVerifier.Verify(body, timestamp, tampered, Secret, Now),
                    Is.EqualTo(inWindow ? SignatureCheck.Mismatch : SignatureCheck.Stale));
                Assert.That(SlackSignatureVerifier.Verify(body, timestamp, signature, Secret + "x", Now), Is.Not.EqualTo(SignatureCheck.Valid));
            });
        }, iter: 1_000, threads: 1);

    [TestCaseSource(typeof(HostileBytes), nameof(HostileBytes.Corpus))]
    public void Corpus_bodies_and_headers_never_throw_and_never_pass(byte[] input)
    {
        var asText = Encoding.UTF8.GetString(input);
        HostileRun.Guard(Target, input.Length, () =>
        {
            Assert.That(SlackSignatureVerifier.Verify(input, "1700000000", "v0=" + new string('a', 64), Secret, Now), Is.EqualTo(SignatureCheck.Mismatch));
            Assert.That(SlackSignatureVerifier.Verify(input, asText, asText, Secret, Now), Is.Not.EqualTo(SignatureCheck.Valid));
        });
    }

    [OneTimeTearDown]
    public void Report() => HostileRun.Report(Target);
}
