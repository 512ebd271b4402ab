using System.Net;
using SlackBot.IntegrationTests.Support;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// A full disk while the bot writes: the built program runs with a file size limit (<c>ulimit -f</c>, see
/// <see cref="BuiltProgram.Start(string, IDictionary{string, string}, int?, string[])"/>), so a LiteDB write that
/// grows a file fails as it would on a full disk. The event it was storing is not acknowledged (503, so Slack
/// delivers it again), the process keeps running, and the file stays consistent: every acknowledged event is in it,
/// and it opens cleanly without the limit.
/// </summary>
[NonParallelizable]
public sealed class FullDiskTests
{
    [Test]
    public async Task A_write_that_finds_the_disk_full_is_not_acknowledged_and_the_file_stays_consistent()
    {
        if (!File.Exists("/bin/bash")) Assert.Ignore("needs bash for ulimit -f");
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        slack.AddUser("U1", "alice");
        slack.AddChannel("C1", "inc-9-disk");
        var settings = new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Http",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["SLACK_SIGNING_SECRET"] = slack.SigningSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            // The runtime's W^X double mapping grows a memory file of its own, which the limit would stop at start-up.
            ["DOTNET_EnableWriteXorExecute"] = "0",
        };

        // A data file made without the limit; then the limit leaves it 96 KiB to grow (start-up itself writes nothing more).
        await using (var first = BuiltProgram.Start(directory.Path, settings, "--urls", "http://127.0.0.1:0"))
        {
            await first.WaitForListeningAsync();
            await first.StopAsync();
        }

        var dataFiles = Directory.GetFiles(Path.Combine(directory.Path, "data"));
        var limitKiB = (int)(dataFiles.Max(file => new FileInfo(file).Length) / 1024) + 96;
        var acknowledged = new List<string>();
        var refused = new List<string>();
        string output;
        await using (var program = BuiltProgram.Start(directory.Path, settings, fileSizeLimitKiB: limitKiB, "--urls", "http://127.0.0.1:0"))
        {
            var sender = slack.SenderFor(await program.WaitForListeningAsync());
            var filler = string.Join(' ', Enumerable.Repeat("the disk filled with replica logs while we watched", 40));
            for (var i = 0; i < 400 && refused.Count < 3; i++)
            {
                var eventId = $"Ev0DISK{i:D4}";
                var (_, message) = slack.PrepareUserMessage("C1", "U1", $"{i}: {filler}");
                using var response = await sender.SendEventAsync(message, eventId);
                (response.IsSuccessStatusCode ? acknowledged : refused).Add("ev:" + eventId);
                if (!response.IsSuccessStatusCode) Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "not acknowledged, so Slack retries");
            }

            Assert.That(program.HasExited, Is.False, "the bot keeps running when a write fails");
            using var health = await new HttpClient().GetAsync(new Uri(await program.WaitForListeningAsync(), "/healthz"));
            TestContext.Out.WriteLine($"[full disk] {acknowledged.Count} events acknowledged, {refused.Count} refused with 503; /healthz {(int)health.StatusCode}");
            program.Kill();
            output = program.Output + program.Errors;
        }

        Assert.That(refused, Is.Not.Empty, "the file size limit was reached");
        using var database = LiteDbDatabase.OpenFile(Path.Combine(directory.Path, "data", "slackbot.db"));
        var stored = database.Collection<InboxRecord>(LiteDbInbox.CollectionName).FindAll().Select(record => record.Id).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(acknowledged.Where(id => !stored.Contains(id)), Is.Empty, "every acknowledged event is in the file");
            Assert.That(output, Does.Contain("answered 503 so that Slack retries"));
            Assert.That(new SecretScan(("bot token", slack.BotToken), ("signing secret", slack.SigningSecret)).Leaks("output", output), Is.Empty);
        });
    }
}
