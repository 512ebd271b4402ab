namespace SlackBot.Tests.Hostile;

/// <summary>The scan the secret-leak tests (and the crash harness) rely on finds a token however it was cut.</summary>
public class SecretScanTests
{
    private const string BotToken = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    private static readonly SecretScan Scan = new(("bot token", BotToken), ("signing secret", Secret));

    [TestCase("Authorization: Bearer " + BotToken)]
    [TestCase("token=123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx")]
    [TestCase("segment AbCdEfGhIjKlMnOpQrStUvWx alone")]
    [TestCase("HMAC key 8f742231b10e8888abcd99yyyzzz85a5.")]
    public void A_whole_or_trimmed_secret_is_found(string line) => Assert.That(Scan.Leaks("log", [line]), Has.Count.EqualTo(1));

    [TestCase("Bearer xoxb-***")]
    [TestCase("team T0FAKE app A0FAKE")]
    [TestCase("")]
    public void Masked_and_harmless_text_is_clean(string line) => Assert.That(Scan.Leaks("log", [line]), Is.Empty);

    [Test]
    public void A_leak_is_reported_without_the_value()
    {
        var leak = Scan.Leaks("stderr", "fine\nBearer " + BotToken).Single();
        Assert.That(leak, Does.Contain("stderr, entry 2").And.Contain("bot token").And.Not.Contain("AbCdEf"));
    }
}
