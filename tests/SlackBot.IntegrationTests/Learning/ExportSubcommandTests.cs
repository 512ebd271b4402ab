using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn export</c> as Slack sends it: the immediate answer says what is coming and where, the Markdown file goes
/// through the external upload into the caller's DM with the moments, the question and its answer, and the findings;
/// a command replayed from the inbox (same envelope) makes no second job and no second file; and a caller who is not
/// in a private channel gets the export without that channel's findings.
/// </summary>
public sealed class ExportSubcommandTests
{
    private const string MomentWords = "I skipped the failover step in the runbook because the replica was 40 minutes behind";
    private const string AnswerWords = "The replica lag graph was the only thing I trusted at that point; the runbook assumes a healthy replica.";

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    [Test]
    public async Task Export_uploads_the_incident_as_Markdown_into_the_callers_DM()
    {
        _bed = await LearningBed.StartAsync();
        var question = await AnsweredIncidentAsync();

        var reply = await _bed.LearnAsync($"export <#{LearningBed.IncidentChannel}|{LearningBed.IncidentChannelName}>", LearningBed.Alice, LearningBed.TeamChannel);
        await Poll.UntilAsync(() => _bed.Slack.UploadedFiles.Any(file => file.Completed), LearningBed.Generous, "the export to be shared");

        var file = _bed.Slack.UploadedFiles.Single();
        var markdown = Encoding.UTF8.GetString(file.Content!);
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(reply["text"]!.GetValue<string>(), Does.StartWith("Preparing the export of *#inc-2026-11-checkout-latency*")
                .And.Contain("Markdown file in our direct messages"), "says what is coming and where");
            Assert.That(file.ChannelId, Is.EqualTo(_bed.Slack.DirectMessageChannelFor(LearningBed.Alice)), "shared in Alice's DM with the bot");
            Assert.That(_bed.Slack.Calls("files.getUploadURLExternal"), Has.Count.EqualTo(1));
            Assert.That(_bed.Slack.Calls("files.completeUploadExternal"), Has.Count.EqualTo(1));
            Assert.That(file.Filename, Does.EndWith(".md"));
            Assert.That(markdown, Does.Contain("## Timeline of moments").And.Contain("40 minutes behind"), "the moment");
            Assert.That(markdown, Does.Contain("## Questions and answers").And.Contain("the runbook assumes a healthy replica"), "the question's answer");
            Assert.That(markdown, Does.Contain(FirstWords(question.Text)), "the question as it was asked");
            Assert.That(markdown, Does.Contain("## Findings by theme"));
            Assert.That(markdown, Does.Contain("## Review prep"), "the pack is part of the export");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_command_replayed_from_the_inbox_makes_one_job_and_one_file()
    {
        _bed = await LearningBed.StartAsync();
        await _bed.StartIncidentAsync();
        await _bed.PostMomentAsync(LearningBed.Bob, MomentWords);

        await _bed.LearnAsync("export", LearningBed.Carol, LearningBed.IncidentChannel);
        await Poll.UntilAsync(() => Jobs().Any(job => job.Status == ReviewJobStatus.Done), LearningBed.Generous, "the export job to finish");

        // As after a crash between handling the command and recording that: the inbox hands the same envelope over again.
        var record = _bed.Bot.Inbox.All().Single(stored => stored.Kind == EnvelopeKind.Command);
        var router = _bed.Bot.Services.GetRequiredService<SlackRouter>();
        var replayed = await router.RouteAsync(new SlackEnvelope(record.Id, record.Kind, record.Type, record.Payload, record.ReceivedAt, record.Transport, RetryAttempt: 1)
        {
            OrderingKey = record.OrderingKey,
        }, CancellationToken.None);
        // The worker is woken by the replay; give it the chance to (wrongly) upload again before counting.
        await _bed.DrainAsync();
        await Poll.UntilAsync(() => Jobs().All(job => job.Status != ReviewJobStatus.Pending), LearningBed.Generous, "no job pending");

        Assert.Multiple(() =>
        {
            Assert.That(replayed.Errors, Is.Empty);
            Assert.That(replayed.Reply?["text"]?.GetValue<string>(), Does.StartWith("Preparing the export"), "the replay answers as the first time did");
            Assert.That(Jobs().Select(job => job.Id), Is.EqualTo(new[] { ReviewJob.IdFor(record.Id) }), "one job, named after the envelope");
            Assert.That(_bed.Slack.Calls("files.getUploadURLExternal"), Has.Count.EqualTo(1), "one upload");
            Assert.That(_bed.Slack.UploadedFiles, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_caller_who_is_not_in_the_private_channel_gets_the_export_without_its_findings()
    {
        const string payroll = "G0PAYROLL";
        _bed = await LearningBed.StartAsync(arrange: slack =>
        {
            slack.AddChannel(payroll, "inc-payroll-leak", isPrivate: true);
            slack.SetChannelMembers(payroll, LearningBed.Alice, LearningBed.Carol);
        });
        var incident = await _bed.StartIncidentAsync();
        var findings = _bed.Bot.Services.GetRequiredService<IFindingStore>();
        await findings.SaveAsync(Note("note:public", incident.Id, "The status page lagged the dashboards by ten minutes."), CancellationToken.None);
        await findings.SaveAsync(Note("note:private", incident.Id, "The payroll export had been copied into the shared bucket.") with
        {
            ChannelId = payroll,
            FromPrivateChannel = true,
        }, CancellationToken.None);

        var reply = await _bed.LearnAsync("export", LearningBed.Bob, LearningBed.IncidentChannel);
        await Poll.UntilAsync(() => _bed.Slack.UploadedFiles.Any(file => file.Completed), LearningBed.Generous, "the export to be shared");

        var markdown = Encoding.UTF8.GetString(_bed.Slack.UploadedFiles.Single().Content!);
        Assert.Multiple(() =>
        {
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("private channel you are not in are left out"));
            Assert.That(markdown, Does.Contain("status page lagged"));
            Assert.That(markdown, Does.Not.Contain("shared bucket"), "Bob is not in the private channel");
            Assert.That(Jobs().Single().IncludeRestrictedFindings, Is.False);
        });
    }

    [Test]
    public async Task Export_with_words_after_the_channel_explains_itself_and_makes_no_job()
    {
        _bed = await LearningBed.StartAsync();
        await _bed.StartIncidentAsync();

        var reply = await _bed.LearnAsync("export everything please", LearningBed.Carol, LearningBed.IncidentChannel);

        Assert.Multiple(() =>
        {
            Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("takes only an incident channel"));
            Assert.That(Jobs(), Is.Empty);
        });
    }

    private IReadOnlyList<ReviewJob> Jobs() => Sync.Wait(_bed.Bot.Services.GetRequiredService<IReviewJobStore>().AllAsync(CancellationToken.None));

    /// <summary>Bob's moment, resolved, asked about in its thread after the cool-down, and answered there.</summary>
    private async Task<AskedQuestion> AnsweredIncidentAsync()
    {
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, MomentWords);
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);
        var question = await _bed.WaitForPostedQuestionAsync(moment);
        var answerTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, AnswerWords, threadTs: question.ThreadRootTs);
        await Poll.UntilAsync(() => _bed.Findings.All().Any(finding => finding.MessageTs == answerTs), LearningBed.Generous, "the answer to become a finding");
        return question;
    }

    /// <summary>The start of the question, before any quoted words (which the export renders by name, not by mention).</summary>
    private static string FirstWords(string question) => string.Join(' ', question.Split(' ').Skip(1).Take(3));

    private static Finding Note(string id, string incidentId, string text) => new()
    {
        Id = id,
        Text = text,
        AuthorId = LearningBed.Alice,
        IncidentId = incidentId,
        IncidentName = "#" + LearningBed.IncidentChannelName,
        ChannelId = LearningBed.IncidentChannel,
        Source = FindingSource.Note,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
