using System.Net;
using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Support;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Program;

/// <summary>The built program in Socket mode, configured by environment variables only, against the fake's WebSocket.</summary>
public class BuiltProgramSocketTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Test]
    public async Task In_socket_mode_an_event_is_acknowledged_stored_and_processed_end_to_end()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Socket",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["SLACK_APP_TOKEN"] = slack.AppToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            // The inbox worker's Debug line is how the test sees, from outside, that the event was processed.
            ["Logging__LogLevel__SlackBot.Slack.Dispatch.InboxProcessor"] = "Debug",
        }, "--urls", "http://127.0.0.1:0");

        slack.AddUser("U1", "alice");
        slack.AddChannel("C1", "inc-7-failover");
        var address = await program.WaitForListeningAsync();
        await slack.SocketMode.WaitForConnectionsAsync(1, Generous);
        var envelopeId = await slack.SocketMode.SendEventAsync(new JsonObject
        {
            ["type"] = "message", ["channel"] = "C1", ["user"] = "U1", ["text"] = "weird, the failover took four minutes, not the forty seconds I expected",
            ["ts"] = "1700000000.000100", ["channel_type"] = "channel",
        }, "Ev0BUILT");
        var ack = await slack.SocketMode.WaitForAckAsync(envelopeId, Generous);
        await Poll.UntilAsync(() => program.Output.Contains("Processed message (ev:Ev0BUILT)", StringComparison.Ordinal), Generous, "the event to be processed");
        using var health = await new HttpClient().GetAsync(new Uri(address, "/healthz"));
        await program.StopAsync();

        InboxRecord? record;
        Incident? incident;
        Moment? moment;
        using (var database = LiteDbDatabase.OpenFile(Path.Combine(directory.Path, "data", "slackbot.db")))
        {
            record = database.Collection<InboxRecord>(LiteDbInbox.CollectionName).FindById("ev:Ev0BUILT");
            incident = (await new LiteDbIncidentStore(database).AllAsync(CancellationToken.None)).SingleOrDefault();
            moment = await new LiteDbMomentStore(database).FindAsync(Moment.IdFor("C1", "1700000000.000100"), CancellationToken.None);
        }

        var output = program.Output + program.Errors;
        Assert.Multiple(() =>
        {
            Assert.That(ack.Payload, Is.Null);
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(program.ExitCode, Is.Zero);
            Assert.That(record?.Status, Is.EqualTo(InboxStatus.Processed));
            Assert.That(record?.Transport, Is.EqualTo("socket"));
            Assert.That(incident?.ChannelName, Is.EqualTo("inc-7-failover"), "the channel's first message started the incident");
            Assert.That(moment?.UserId, Is.EqualTo("U1"), "the surprise was kept as a learning moment");
            Assert.That(slack.SocketMode.ConnectionHistory.Single().CloseReason, Does.Contain("NormalClosure"), "closed with a normal close on stop");
            Assert.That(output, Does.Not.Contain(slack.BotToken).And.Not.Contain(slack.AppToken).And.Not.Contain("ticket="));
        });
    }

    [Test]
    public async Task An_app_token_Slack_refuses_ends_the_program_non_zero_with_one_clear_line()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        const string wrongToken = "xapp-1-A0FAKE-0000000000000-revoked";
        await using var program = BuiltProgram.Start(directory.Path, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Socket",
            ["SLACK_BOT_TOKEN"] = slack.BotToken,
            ["SLACK_APP_TOKEN"] = wrongToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        }, "--urls", "http://127.0.0.1:0");

        var exitCode = await program.WaitForExitAsync(Generous);

        var output = program.Output + program.Errors;
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(output, Does.Contain("invalid_auth").And.Contains("Slack:AppToken").And.Contains("\"Set-up\""));
            Assert.That(output, Does.Not.Contain("   at "), "one clear line, not a stack trace");
            Assert.That(output, Does.Not.Contain(wrongToken));
        });
    }
}
