using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Review;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn prep</c> as Slack sends it: answered at once with what is coming, then the calibration pack replaces
/// that answer through the command's response_url, only for the caller, with every part the review needs.
/// </summary>
public sealed class PrepSubcommandTests
{
    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    [Test]
    public async Task Prep_replies_through_the_response_url_with_the_whole_pack()
    {
        _bed = await LearningBed.StartAsync();
        var incident = await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, "I skipped the failover step in the runbook because the replica was 40 minutes behind");
        await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, "it was only about 5 minutes behind when I looked", moment.Ts);
        await _bed.DrainAsync();
        await _bed.Bot.Services.GetRequiredService<IFindingStore>().SaveAsync(new Finding
        {
            Id = "note:prep",
            Text = "The replica lag dashboard averages over ten minutes.",
            AuthorId = LearningBed.Carol,
            IncidentId = incident.Id,
            IncidentName = incident.DisplayName,
            ChannelId = LearningBed.IncidentChannel,
            Themes = ["observability"],
            Source = FindingSource.Note,
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);

        using var command = await _bed.Sender.SendCommandAsync("/learn", "prep", LearningBed.Carol, LearningBed.IncidentChannel);
        var ack = System.Text.Json.Nodes.JsonNode.Parse(await command.Response.Content.ReadAsStringAsync())!;
        await Poll.UntilAsync(() => _bed.Slack.ResponseUrlPosts.Any(post => post.ResponseUrlId == command.ResponseUrlId), LearningBed.Generous, "the pack");

        var post = _bed.Slack.ResponseUrlPosts.Single(post => post.ResponseUrlId == command.ResponseUrlId);
        var blocks = post.Body!["blocks"]!.AsArray();
        var text = BlockText.Of(blocks);
        Assert.Multiple(() =>
        {
            Assert.That(ack["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(ack["text"]!.GetValue<string>(), Does.StartWith("Preparing the review pack for *#inc-2026-11-checkout-latency*"), "says what is coming");
            Assert.That(post.StatusCode, Is.EqualTo(200));
            Assert.That(post.Body["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"), "only Carol sees it");
            Assert.That(post.Body["replace_original"]!.GetValue<bool>(), Is.True, "it takes the place of \"Preparing…\"");
            Assert.That(text, Does.Contain("Review prep: #inc-2026-11-checkout-latency"));
            Assert.That(text, Does.Contain("*Who took part*").And.Contain($"<@{LearningBed.Bob}>").And.Contain($"<@{LearningBed.Alice}>"));
            Assert.That(text, Does.Contain("*Themes so far*\n• observability (1)"));
            Assert.That(text, Does.Contain("*Moments nobody has answered about*").And.Contain("skipped the failover step"));
            Assert.That(text, Does.Contain("*Where accounts differ*").And.Contain("40 minutes and 5 minutes"));
            Assert.That(text, Does.Match(@"\*Questions worth asking\*\n• [^\n]*<@U0BOB>[^\n]*skipped the failover step"), "a follow-up to the person whose moment is open, about it");
            Assert.That(text, Does.Contain("*Whom to invite*\n• <@U0BOB>"));
            Assert.That(blocks, Has.Count.LessThanOrEqualTo(50));
            Assert.That(_bed.Slack.UploadedFiles, Is.Empty, "a pack is a message, not a file");
            Assert.That(Sync.Wait(_bed.Bot.Services.GetRequiredService<IReviewJobStore>().AllAsync(CancellationToken.None)).Single().Kind, Is.EqualTo(ReviewJobKind.Prep));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Prep_where_there_is_no_incident_says_how_to_name_one_and_makes_no_job()
    {
        _bed = await LearningBed.StartAsync();

        var reply = await _bed.LearnAsync("prep", LearningBed.Carol, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("has no incident yet").And.Contain("#inc-"));
            Assert.That(Sync.Wait(_bed.Bot.Services.GetRequiredService<IReviewJobStore>().AllAsync(CancellationToken.None)), Is.Empty);
        });
    }
}
