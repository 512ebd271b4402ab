using System.Text;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Slack.Inbound;

public class SlackSignatureVerifierTests
{
    // The official test vector from Slack's "Verifying requests from Slack" page (also in Slack's Python and Java SDK tests).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string OfficialSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static byte[] OfficialBody => Fixtures.Bytes("Slack/Commands/signature_vector.form");

    [Test]
    public void Official_vector_is_valid_at_its_own_time() =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, Timestamp, OfficialSignature, Secret, VectorTime), Is.EqualTo(SignatureCheck.Valid));

    [Test]
    public void Official_vector_is_stale_with_the_real_clock() =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, Timestamp, OfficialSignature, Secret, DateTimeOffset.UtcNow), Is.EqualTo(SignatureCheck.Stale));

    [Test]
    public void Sign_reproduces_the_official_signature() =>
        Assert.That(SlackSignatureVerifier.Sign(OfficialBody, Timestamp, Secret), Is.EqualTo(OfficialSignature));

    // Extra vectors computed for the protocol brief (same secret and timestamp), covering JSON, UTF-8, a form payload and an empty body.
    private static IEnumerable<TestCaseData> ExtraVectors()
    {
        yield return new TestCaseData(
            """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""",
            "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652").SetName("url_verification JSON");
        yield return new TestCaseData(
            """{"type":"event_callback","event_id":"Ev123ABC456","event":{"type":"message","text":"héllo ✓"}}""",
            "v0=362052b5d66724f83a165ac9634aea07cb68f76a2ed66497486af436027d5c47").SetName("UTF-8 event");
        yield return new TestCaseData(
            "payload=%7B%22type%22%3A%22block_actions%22%7D",
            "v0=9dffc25b49a4a7fc2e15c9c9450bf8af09eb501fcef9039eaea3deb58af0c82c").SetName("interaction form");
        yield return new TestCaseData("", "v0=55f41ec73231010289b54e669149ea021fccab11b5524355523533ce930cb739").SetName("empty body");
    }

    [TestCaseSource(nameof(ExtraVectors))]
    public void Extra_vectors_are_valid(string body, string signature)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.Multiple(() =>
        {
            Assert.That(SlackSignatureVerifier.Verify(bytes, Timestamp, signature, Secret, VectorTime), Is.EqualTo(SignatureCheck.Valid));
            Assert.That(SlackSignatureVerifier.Sign(bytes, Timestamp, Secret), Is.EqualTo(signature));
        });
    }

    [TestCase(-300, SignatureCheck.Valid)]
    [TestCase(300, SignatureCheck.Valid)]
    [TestCase(-301, SignatureCheck.Stale)]
    [TestCase(301, SignatureCheck.Stale)]
    public void Window_is_five_minutes_either_way(int offsetSeconds, SignatureCheck expected)
    {
        // The request's timestamp is offset from "now"; the signature is correct for that timestamp.
        var now = VectorTime;
        var timestamp = (now.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = SlackSignatureVerifier.Sign(OfficialBody, timestamp, Secret);
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, timestamp, signature, Secret, now), Is.EqualTo(expected));
    }

    [Test]
    public void Tampered_body_is_rejected()
    {
        var tampered = OfficialBody.Concat(Encoding.ASCII.GetBytes("------")).ToArray();
        Assert.That(SlackSignatureVerifier.Verify(tampered, Timestamp, OfficialSignature, Secret, VectorTime), Is.EqualTo(SignatureCheck.Mismatch));
    }

    [Test]
    public void Wrong_secret_is_rejected() =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, Timestamp, OfficialSignature, Secret + "x", VectorTime), Is.EqualTo(SignatureCheck.Mismatch));

    [Test]
    public void Other_signature_version_is_rejected() =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, Timestamp, "v1=" + OfficialSignature[3..], Secret, VectorTime), Is.EqualTo(SignatureCheck.UnknownVersion));

    [Test]
    public void Upper_case_hex_is_rejected_because_slack_sends_lower_case() =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, Timestamp, "v0=" + OfficialSignature[3..].ToUpperInvariant(), Secret, VectorTime), Is.EqualTo(SignatureCheck.Mismatch));

    [TestCase(null, OfficialSignature, SignatureCheck.MissingTimestamp)]
    [TestCase("", OfficialSignature, SignatureCheck.MissingTimestamp)]
    [TestCase(Timestamp, null, SignatureCheck.MissingSignature)]
    [TestCase(Timestamp, "", SignatureCheck.MissingSignature)]
    [TestCase("1531420618.5", OfficialSignature, SignatureCheck.MalformedTimestamp)]
    [TestCase("-1531420618", OfficialSignature, SignatureCheck.MalformedTimestamp)]
    [TestCase("soon", OfficialSignature, SignatureCheck.MalformedTimestamp)]
    public void Missing_or_malformed_headers_are_rejected(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, timestamp, signature, Secret, VectorTime), Is.EqualTo(expected));

    [Test]
    public void Truncated_signature_is_rejected() =>
        Assert.That(SlackSignatureVerifier.Verify(OfficialBody, Timestamp, OfficialSignature[..^2], Secret, VectorTime), Is.EqualTo(SignatureCheck.Mismatch));
}
