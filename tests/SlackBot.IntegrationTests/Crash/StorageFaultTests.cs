using System.Net;
using System.Security.Cryptography;
using SlackBot.IntegrationTests.Support;
using SlackBot.Storage.LiteDb;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// A data file the bot cannot use stops start-up with one line naming the file, and not a byte of it changes: locked
/// by another process, unreadable, truncated, or written by a newer version.
/// </summary>
[NonParallelizable]
public sealed class StorageFaultTests
{
    [Test]
    public async Task A_file_another_process_holds_stops_start_up_and_is_left_alone()
    {
        using var directory = new TempDirectory();
        var file = await MakeDataFileAsync(directory);
        var before = Hash(file);
        int exit;
        string errors;
        using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            (exit, errors) = await StartAndWaitForExitAsync(directory);
        }

        AssertRefused(exit, errors, file, "another process has it open");
        Assert.That(Hash(file), Is.EqualTo(before), "the file is unchanged");
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_file_stops_start_up_and_is_left_alone()
    {
        if (Environment.UserName == "root" || string.Equals(Environment.GetEnvironmentVariable("USER"), "root", StringComparison.Ordinal))
            Assert.Ignore("Running as root, which reads a file whatever its permissions; this case needs an ordinary user.");
        using var directory = new TempDirectory();
        var file = await MakeDataFileAsync(directory);
        var before = Hash(file);
        File.SetUnixFileMode(file, UnixFileMode.None);
        try
        {
            var (exit, errors) = await StartAndWaitForExitAsync(directory);
            AssertRefused(exit, errors, file, "may not read and write it");
        }
        finally
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Assert.That(Hash(file), Is.EqualTo(before), "the file is unchanged");
    }

    [Test]
    public async Task A_truncated_file_stops_start_up_and_is_left_alone()
    {
        using var directory = new TempDirectory();
        var file = await MakeDataFileAsync(directory);
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2 + 100)]);
        var before = Hash(file);

        var (exit, errors) = await StartAndWaitForExitAsync(directory);

        AssertRefused(exit, errors, file, "truncated");
        Assert.That(Hash(file), Is.EqualTo(before), "the file is unchanged");
    }

    [Test]
    public async Task A_file_from_a_newer_version_stops_start_up_and_is_left_alone()
    {
        using var directory = new TempDirectory();
        var file = await MakeDataFileAsync(directory);
        using (var database = LiteDbDatabase.OpenFile(file)) database.Lite.UserVersion = LiteDbDatabase.SchemaVersion + 1;
        var before = Hash(file);

        var (exit, errors) = await StartAndWaitForExitAsync(directory);

        AssertRefused(exit, errors, file, "written by a newer SlackBot");
        Assert.That(Hash(file), Is.EqualTo(before), "the file is unchanged");
    }

    /// <summary>A real data file: the bot started on it, took an event and stopped cleanly.</summary>
    private static async Task<string> MakeDataFileAsync(TempDirectory directory)
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.AddUser("U1", "alice");
        slack.AddChannel("C1", "inc-9-disk");
        await using var program = BuiltProgram.Start(directory.Path, Settings(slack), "--urls", "http://127.0.0.1:0");
        var address = await program.WaitForListeningAsync();
        await slack.SenderFor(address).PostUserMessageAsync("C1", "U1", "weird, the disk filled up in four minutes");
        await program.StopAsync();
        var file = Path.Combine(directory.Path, "data", "slackbot.db");
        Assert.That(File.Exists(file), Is.True);
        return file;
    }

    private static async Task<(int Exit, string Errors)> StartAndWaitForExitAsync(TempDirectory directory)
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var program = BuiltProgram.Start(directory.Path, Settings(slack), "--urls", "http://127.0.0.1:0");
        var exit = await program.WaitForExitAsync(CrashRun.Generous);
        Assert.That(new SecretScan(("bot token", slack.BotToken), ("signing secret", slack.SigningSecret)).Leaks("output", program.Output + program.Errors), Is.Empty);
        return (exit, program.Errors + program.Output);
    }

    private static Dictionary<string, string> Settings(FakeSlack slack) => new()
    {
        ["Slack__Mode"] = "Http",
        ["SLACK_BOT_TOKEN"] = slack.BotToken,
        ["SLACK_SIGNING_SECRET"] = slack.SigningSecret,
        ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
    };

    private static void AssertRefused(int exit, string output, string file, string reason) => Assert.Multiple(() =>
    {
        Assert.That(exit, Is.Not.Zero);
        Assert.That(output, Does.Contain("SlackBot cannot start: the data file " + file).And.Contain(reason).And.Contain("Nothing in it was changed"));
        Assert.That(output, Does.Not.Contain("   at "), "one clear line, not a stack trace");
    });

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
