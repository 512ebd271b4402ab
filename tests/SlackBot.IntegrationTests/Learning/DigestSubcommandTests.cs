using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn digest …</c> against the fake Slack: subscribe in the team channel, skip the clock to the send time, and
/// the digest arrives there once, with that team's public findings only and its chart; a pulse vote is counted once per person.
/// </summary>
public class DigestSubcommandTests
{
    private ShiftableClock _clock = null!;
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp()
    {
        _clock = new ShiftableClock();
        _bed = await LearningBed.StartAsync(clock: _clock, arrange: slack =>
        {
            slack.AddChannel("C0INC2", "inc-2026-11-secret-rotation", isPrivate: true);
            slack.AddChannel("C0INC3", "inc-2026-11-search-outage");
        });
    }

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_subscribed_team_channel_gets_its_digest_once_with_the_teams_public_findings_and_a_pulse_vote_counts_once()
    {
        var now = _clock.GetUtcNow();
        // Two days from now at noon UTC: the week the digest covers ends that day and holds today.
        var sendDay = now.AddDays(2);
        var sendAt = new DateTimeOffset(sendDay.Year, sendDay.Month, sendDay.Day, 12, 0, 0, TimeSpan.Zero);
        var day = sendAt.DayOfWeek.ToString()[..3].ToLowerInvariant();
        await SaveAsync("C0INC1", LearningBed.IncidentChannelName, ["payments"], isPrivate: false, "the retry worker backs off for ten minutes, which nobody on the call knew", now);
        await SaveAsync("C0INC2", "inc-2026-11-secret-rotation", ["payments"], isPrivate: true, "the vault token rotation is what broke, from the private channel", now);
        await SaveAsync("C0INC3", "inc-2026-11-search-outage", ["search"], isPrivate: false, "the search team's own surprise about the shard map", now);

        var subscribed = await _bed.LearnAsync($"digest subscribe payments {day} 12:00 UTC", LearningBed.Carol, LearningBed.TeamChannel);
        var listed = await _bed.LearnAsync("digest list", LearningBed.Alice, LearningBed.TeamChannel);
        var preview = await _bed.LearnAsync("digest preview payments", LearningBed.Alice, LearningBed.TeamChannel);
        Assert.Multiple(() =>
        {
            Assert.That(subscribed["text"]!.GetValue<string>(), Does.StartWith("Subscribed").And.Contain("*payments*").And.Contain("at 12:00 (UTC)"));
            Assert.That(listed["text"]!.GetValue<string>(), Does.Contain("team *payments*"));
            Assert.That(BlockText.Of(preview["blocks"]), Does.Contain("the retry worker backs off").And.Not.Contain("vault token").And.Not.Contain("shard map"));
            Assert.That(preview["response_type"]?.GetValue<string>() ?? "ephemeral", Is.EqualTo("ephemeral"));
            Assert.That(_bed.Slack.Messages(LearningBed.TeamChannel).Where(IsDigest), Is.Empty, "nothing posted before the send time");
        });

        _clock.Skip(sendAt - now + TimeSpan.FromSeconds(5));
        await Poll.UntilAsync(() => _bed.Slack.Messages(LearningBed.TeamChannel).Any(IsDigest), LearningBed.Generous, "the digest in the team channel");
        await Poll.UntilAsync(() => _bed.Slack.UploadedFiles.Any(file => file.Completed), LearningBed.Generous, "the chart upload");
        await _bed.WaitForSchedulerPassAsync();
        await _bed.WaitForSchedulerPassAsync();

        var digests = _bed.Slack.Messages(LearningBed.TeamChannel).Where(IsDigest).ToList();
        var charts = _bed.Slack.UploadedFiles.Where(file => file.Completed).ToList();
        var text = BlockText.Of(digests[0].Blocks);
        Assert.Multiple(() =>
        {
            Assert.That(digests, Has.Count.EqualTo(1), "exactly once, however many passes follow");
            Assert.That(text, Does.Contain("What payments learned").And.Contain("the retry worker backs off for ten minutes"));
            Assert.That(text, Does.Contain("https://northwind.slack.com/archives/C0INC1/p"), "a link back to the finding");
            Assert.That(text, Does.Not.Contain("vault token"), "a private channel's finding stays out of another channel's digest");
            Assert.That(text, Does.Not.Contain("shard map"), "another team's finding stays out");
            Assert.That(charts.Select(file => file.ChannelId), Is.EqualTo(new[] { LearningBed.TeamChannel }), "one chart, in the team channel");
            Assert.That(charts[0].Filename, Does.StartWith("digest-").And.EndWith("-payments.png"));
            Assert.That(charts[0].Content![..4], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "a PNG");
        });

        var digestId = digests[0].Blocks!.OfType<JsonObject>().Single(block => block["type"]!.GetValue<string>() == "actions")["elements"]![0]!["value"]!.GetValue<string>();
        await ClickAsync(digests[0], LearningBed.Alice, DigestBlocks.NotThisWeekAction, digestId);
        await ClickAsync(digests[0], LearningBed.Alice, DigestBlocks.LearnedAction, digestId);
        await ClickAsync(digests[0], LearningBed.Bob, DigestBlocks.LearnedAction, digestId);
        await _bed.DrainAsync();
        await Poll.UntilAsync(() => _bed.Slack.EphemeralMessages.Count(message => message.Text.Contains("counted", StringComparison.Ordinal)) >= 3, LearningBed.Generous, "the vote confirmations");

        var votes = await _bed.Bot.Services.GetRequiredService<ISentDigestStore>().VotesAsync(digestId, CancellationToken.None);
        Assert.That(votes.Select(vote => (vote.UserId, vote.Learned)).OrderBy(vote => vote.UserId, StringComparer.Ordinal),
            Is.EqualTo(new[] { (LearningBed.Alice, true), (LearningBed.Bob, true) }), "one vote each; Alice's second click changed hers");

        var status = await _bed.LearnAsync("status", LearningBed.Alice, "C0INC1");
        Assert.That(status["text"]!.GetValue<string>(), Does.Contain("“I learned something”: 2 of 2 in 20"), "the pulse in /learn status");
    }

    [Test]
    public async Task Unsubscribing_says_what_stopped_and_a_bad_schedule_changes_nothing()
    {
        var bad = await _bed.LearnAsync("digest subscribe payments mon 25:00", LearningBed.Carol, LearningBed.TeamChannel);
        var none = await _bed.LearnAsync("digest list", LearningBed.Carol, LearningBed.TeamChannel);
        await _bed.LearnAsync("digest subscribe", LearningBed.Carol, LearningBed.TeamChannel);
        var gone = await _bed.LearnAsync("digest unsubscribe", LearningBed.Carol, LearningBed.TeamChannel);
        var again = await _bed.LearnAsync("digest unsubscribe", LearningBed.Carol, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(bad["text"]!.GetValue<string>(), Does.Contain("24-hour").And.Contain("Nothing was changed"));
            Assert.That(none["text"]!.GetValue<string>(), Does.Contain("gets no weekly digest"));
            Assert.That(gone["text"]!.GetValue<string>(), Does.StartWith("Unsubscribed"));
            Assert.That(again["text"]!.GetValue<string>(), Does.Contain("nothing was changed"));
        });
    }

    private static bool IsDigest(FakeMessage message) => message.BotId is not null && message.Text.Contains("learned, week", StringComparison.Ordinal);

    private async Task SaveAsync(string channel, string channelName, string[] teams, bool isPrivate, string text, DateTimeOffset at)
    {
        var started = at.AddHours(-3);
        var incident = new Incident
        {
            Id = Incident.IdFor(channel, started), ChannelId = channel, ChannelName = channelName, IsPrivate = isPrivate, Status = IncidentStatus.Resolved,
            StartedAt = started, ResolvedAt = at.AddHours(-1), Teams = teams,
        };
        var ts = string.Create(CultureInfo.InvariantCulture, $"{at.ToUnixTimeSeconds()}.000100");
        var services = _bed.Bot.Services;
        await services.GetRequiredService<IIncidentStore>().SaveAsync(incident, CancellationToken.None);
        await services.GetRequiredService<IFindingStore>().SaveAsync(new Finding
        {
            Id = Finding.IdForMessage(channel, ts), Text = text, AuthorId = LearningBed.Alice, IncidentId = incident.Id, IncidentName = incident.DisplayName,
            Category = MomentCategory.Surprises, Themes = ["Surprises"], ChannelId = channel, MessageTs = ts, FromPrivateChannel = isPrivate,
            Permalink = $"https://northwind.slack.com/archives/{channel}/p{ts.Replace(".", "", StringComparison.Ordinal)}", CreatedAt = at,
        }, CancellationToken.None);
    }

    private async Task ClickAsync(FakeMessage digest, string user, string actionId, string digestId)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = "T0NORTHWIND" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = digest.Ts, ["channel_id"] = digest.Channel, ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = digest.Channel },
            ["message"] = new JsonObject { ["ts"] = digest.Ts, ["text"] = digest.Text },
            ["trigger_id"] = "1337.42." + Guid.NewGuid().ToString("N"),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = DigestBlocks.PulseBlockId, ["value"] = digestId, ["type"] = "button", ["action_ts"] = "1700000000.000001",
            }),
        };
        using var response = await _bed.Sender.SendInteractionAsync(payload);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
