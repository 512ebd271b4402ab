using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Incidents;
using SlackBot.Features.Review;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack.Outbound;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// Delivering an export and a review pack from the booted bot to the fake Slack: the file goes through the external
/// upload into the person's DM (opened with conversations.open), the result follows through the command's response_url,
/// and when that URL cannot be used the message comes by DM instead. Requests are made the way the sub-commands make
/// them, through <see cref="ReviewRequests"/>, with a response_url from a real slash command.
/// </summary>
public sealed class ReviewDeliveryTests
{
    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
    }

    [Test]
    public async Task An_export_is_uploaded_into_the_callers_DM_and_the_command_hears_where_it_is()
    {
        var incident = await StartWithAccountsAsync();
        using var command = await _bed.Sender.SendCommandAsync("/learn", "help", LearningBed.Alice, LearningBed.TeamChannel);

        var ack = await Requests.RequestExportAsync(new ReviewRequest("Ev0EXPORT01", incident, LearningBed.Alice, LearningBed.TeamChannel,
            command.ResponseUrl.ToString(), DateTimeOffset.UtcNow), CancellationToken.None);

        await Poll.UntilAsync(() => _bed.Slack.UploadedFiles.Any(file => file.Completed), LearningBed.Generous, "the export to be shared");
        await Poll.UntilAsync(() => _bed.Slack.ResponseUrlPosts.Any(post => post.ResponseUrlId == command.ResponseUrlId && post.StatusCode == 200),
            LearningBed.Generous, "the note at the response_url");

        var file = _bed.Slack.UploadedFiles.Single();
        var markdown = Encoding.UTF8.GetString(file.Content!);
        var note = _bed.Slack.ResponseUrlPosts.Single(post => post.ResponseUrlId == command.ResponseUrlId).Body!;
        Assert.Multiple(() =>
        {
            Assert.That(ack.Text, Does.StartWith("Preparing the export of"), "answered at once");
            Assert.That(_bed.Slack.Calls("conversations.open"), Has.Count.EqualTo(1));
            Assert.That(file.ChannelId, Is.EqualTo(_bed.Slack.DirectMessageChannelFor(LearningBed.Alice)), "shared in Alice's DM with the bot");
            Assert.That(file.Filename, Does.StartWith("incident-inc-2026-11-checkout-latency-").And.EndWith(".md"));
            Assert.That(file.InitialComment, Does.Contain("Here is the export of #inc-2026-11-checkout-latency"));
            Assert.That(file.DeclaredLength, Is.EqualTo(file.Content!.Length));
            Assert.That(markdown, Does.Contain("## Timeline of moments").And.Contain("** bob · _"), "people by name");
            Assert.That(markdown, Does.Contain("### Where accounts differ").And.Contain("40 minutes and 5 minutes"), "the pack is in the export");
            Assert.That(markdown, Does.Not.Contain(LearningBed.Bob), "no raw user ids");
            Assert.That(note["replace_original"]!.GetValue<bool>(), Is.True);
            Assert.That(note["text"]!.GetValue<string>(), Does.Contain("is in our direct messages"));
            Assert.That(Sync.Wait(Jobs.AllAsync(CancellationToken.None)).Single().Status, Is.EqualTo(ReviewJobStatus.Done));
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task The_review_pack_replaces_the_preparing_answer_at_the_response_url()
    {
        var incident = await StartWithAccountsAsync();
        using var command = await _bed.Sender.SendCommandAsync("/learn", "help", LearningBed.Carol, LearningBed.IncidentChannel);

        var ack = await Requests.RequestPrepAsync(new ReviewRequest("Ev0PREP001", incident, LearningBed.Carol, LearningBed.IncidentChannel,
            command.ResponseUrl.ToString(), DateTimeOffset.UtcNow), CancellationToken.None);
        await Poll.UntilAsync(() => _bed.Slack.ResponseUrlPosts.Any(post => post.ResponseUrlId == command.ResponseUrlId), LearningBed.Generous, "the pack");

        var post = _bed.Slack.ResponseUrlPosts.Single(post => post.ResponseUrlId == command.ResponseUrlId);
        var blocks = post.Body!["blocks"]!.AsArray();
        var text = BlockText.Of(blocks);
        Assert.Multiple(() =>
        {
            Assert.That(ack.Text, Does.StartWith("Preparing the review pack"));
            Assert.That(post.StatusCode, Is.EqualTo(200));
            Assert.That(post.Body["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"), "only Carol sees it");
            Assert.That(text, Does.Contain("Review prep: #inc-2026-11-checkout-latency"));
            Assert.That(text, Does.Contain("different figures for “behind”: 40 minutes and 5 minutes"));
            Assert.That(blocks, Has.Count.LessThanOrEqualTo(50));
            Assert.That(_bed.Slack.UploadedFiles, Is.Empty, "a pack is a message, not a file");
        });
    }

    [Test]
    public async Task When_the_response_url_is_too_old_the_pack_comes_by_DM()
    {
        var incident = await StartWithAccountsAsync();
        using var command = await _bed.Sender.SendCommandAsync("/learn", "help", LearningBed.Carol, LearningBed.IncidentChannel);

        await Requests.RequestPrepAsync(new ReviewRequest("Ev0PREP002", incident, LearningBed.Carol, LearningBed.IncidentChannel,
            command.ResponseUrl.ToString(), DateTimeOffset.UtcNow - TimeSpan.FromMinutes(29)), CancellationToken.None);

        var dm = _bed.Slack.DirectMessageChannelFor(LearningBed.Carol);
        await Poll.UntilAsync(() => _bed.Slack.Messages(dm).Any(message => message.Blocks is not null), LearningBed.Generous, "the pack by DM");

        Assert.Multiple(() =>
        {
            Assert.That(BlockText.Of(_bed.Slack.Messages(dm).Single().Blocks!), Does.Contain("Review prep: #inc-2026-11-checkout-latency"));
            Assert.That(_bed.Slack.ResponseUrlPosts.Where(post => post.ResponseUrlId == command.ResponseUrlId), Is.Empty, "the old URL is left alone");
        });
    }

    [Test]
    public async Task A_response_url_Slack_refuses_after_all_does_not_lose_the_pack()
    {
        var incident = await StartWithAccountsAsync();
        var unknown = new Uri(_bed.Slack.BaseUrl, "response/00000000000000000000dead");

        await Requests.RequestPrepAsync(new ReviewRequest("Ev0PREP003", incident, LearningBed.Bob, LearningBed.IncidentChannel, unknown.ToString(), DateTimeOffset.UtcNow), CancellationToken.None);

        var dm = _bed.Slack.DirectMessageChannelFor(LearningBed.Bob);
        await Poll.UntilAsync(() => _bed.Slack.Messages(dm).Any(message => message.Blocks is not null), LearningBed.Generous, "the pack by DM");

        Assert.Multiple(() =>
        {
            Assert.That(_bed.Bot.Outbox.ReadParked(10).Select(row => row.Kind), Is.EqualTo(new[] { OutboxKind.ResponseUrl }), "Slack refused the URL");
            Assert.That(BlockText.Of(_bed.Slack.Messages(dm).Single().Blocks!), Does.Contain("Review prep:"));
            Assert.That(_bed.Bot.LogLines(), Has.None.Contain("00000000000000000000dead"), "a response_url is never logged");
        });
    }

    private ReviewRequests Requests => _bed.Bot.Services.GetRequiredService<ReviewRequests>();

    private IReviewJobStore Jobs => _bed.Bot.Services.GetRequiredService<IReviewJobStore>();

    /// <summary>An incident where Bob and Alice remember the replica's lag differently.</summary>
    private async Task<Incident> StartWithAccountsAsync()
    {
        _bed = await LearningBed.StartAsync();
        var incident = await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, "I skipped the failover step in the runbook because the replica was 40 minutes behind");
        await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, "it was only about 5 minutes behind when I looked", moment.Ts);
        await _bed.DrainAsync();
        return incident;
    }
}
