using System.Text;
using System.Text.Json.Nodes;

namespace SlackBot.IntegrationTests.Fakes;

public sealed class SlackSignatureTests
{
    // The official vector from docs.slack.dev "Verifying requests from Slack" (slack-protocol.md §1.3).
    private const string OfficialSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long OfficialTimestamp = 1531420618;
    private const string OfficialBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string OfficialSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Test]
    public void Compute_reproduces_the_official_Slack_test_vector()
    {
        var signature = SlackSignature.Compute(OfficialSecret, OfficialTimestamp, Encoding.UTF8.GetBytes(OfficialBody));

        Assert.That(signature, Is.EqualTo(OfficialSignature));
    }

    [Test]
    public void Compute_changes_when_the_body_is_tampered_with()
    {
        var tampered = Encoding.UTF8.GetBytes(OfficialBody + "------");

        Assert.That(SlackSignature.Compute(OfficialSecret, OfficialTimestamp, tampered), Is.Not.EqualTo(OfficialSignature));
    }

    [TestCaseSource(nameof(ComputedVectors))]
    public void Compute_matches_the_computed_vectors(string signingSecret, long timestamp, string body, int bodyLength, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.That(bytes, Has.Length.EqualTo(bodyLength), "the fixture body must be these exact bytes");

        Assert.That(SlackSignature.Compute(signingSecret, timestamp, bytes), Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> ComputedVectors() =>
        FakesFixtures.Load("signing-vectors.json")["vectors"]!.AsArray().Select(vector => new TestCaseData(
                vector!["signingSecret"]!.GetValue<string>(),
                vector["timestamp"]!.GetValue<long>(),
                vector["body"]!.GetValue<string>(),
                vector["bodyLength"]!.GetValue<int>(),
                vector["signature"]!.GetValue<string>())
            .SetArgDisplayNames(vector["name"]!.GetValue<string>()));
}
