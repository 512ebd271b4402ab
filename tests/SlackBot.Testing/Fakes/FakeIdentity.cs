using System.Security.Cryptography;

namespace SlackBot.Testing.Fakes;

/// <summary>Who this fake workspace and its app are. Tokens and the signing secret are random per instance.</summary>
internal sealed record FakeIdentity(
    string TeamId,
    string TeamDomain,
    string TeamName,
    string AppId,
    string BotUserId,
    string BotId,
    string BotName,
    string BotToken,
    string AppToken,
    string SigningSecret,
    string VerificationToken)
{
    private const string Digits = "0123456789";
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static FakeIdentity CreateRandom() => new(
        TeamId: "T0FAKE",
        TeamDomain: "fake",
        TeamName: "Fake Workspace",
        AppId: "A0FAKE",
        BotUserId: "U0BOT",
        BotId: "B0BOT",
        BotName: "slackbot-under-test",
        BotToken: $"xoxb-{Random(Digits, 12)}-{Random(Digits, 13)}-{Random(Alphanumerics, 24)}",
        AppToken: $"xapp-1-A0FAKE-{Random(Digits, 13)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}",
        SigningSecret: Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        VerificationToken: Random(Alphanumerics, 24));

    public static string Random(string alphabet, int length) => RandomNumberGenerator.GetString(alphabet, length);
}
