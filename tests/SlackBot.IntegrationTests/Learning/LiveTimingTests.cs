using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>Questions:Timing=Live</c>: a moment is asked about during the response, in its thread, without waiting for
/// resolution; the channel's cool-down keeps a second question from following straight after.
/// </summary>
public class LiveTimingTests
{
    private static readonly TimeSpan ChannelCooldown = TimeSpan.FromHours(1);

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync(new Dictionary<string, string?>
    {
        ["Questions:Timing"] = "Live",
        ["Questions:LiveChannelCooldown"] = ChannelCooldown.ToString(),
    });

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task A_moment_is_asked_about_during_the_response_and_the_next_one_waits_for_the_channels_cool_down()
    {
        var incident = await _bed.StartIncidentAsync();

        var first = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        var firstQuestion = await _bed.WaitForPostedQuestionAsync(first);

        var firstPost = _bed.Message(LearningBed.IncidentChannel, firstQuestion.PostedTs!);
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Incidents.Find(incident.Id)!.Status, Is.EqualTo(IncidentStatus.Active), "asked while the response is still on");
            Assert.That(firstPost.BotId, Is.EqualTo(_bed.Slack.BotId));
            Assert.That(firstPost.ThreadTs, Is.EqualTo(first.Ts), "a thread reply on the moment");
            Assert.That(firstPost.Text, Does.Contain($"<@{LearningBed.Alice}>"));
        });

        var second = await _bed.PostMomentAsync(LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind");
        var secondId = AskedQuestion.IdFor(second.Id);
        await Poll.UntilAsync(() => _bed.Questions.Find(secondId) is not null, LearningBed.Generous, "the second question to be planned");
        await _bed.WaitForSchedulerPassAsync();
        await _bed.WaitForSchedulerPassAsync();

        var waiting = _bed.Questions.Find(secondId)!;
        Assert.Multiple(() =>
        {
            Assert.That(waiting.Status, Is.EqualTo(QuestionStatus.Scheduled), "not asked yet");
            Assert.That(waiting.PostedTs, Is.Null);
            Assert.That(waiting.ReleaseAt, Is.EqualTo(firstQuestion.ReleaseAt + ChannelCooldown).Within(TimeSpan.FromSeconds(1)), "due once the channel's cool-down has passed");
            Assert.That(_bed.Slack.Calls("chat.postMessage"), Has.Count.EqualTo(1), "only the first question went out");
            Assert.That(_bed.Slack.Thread(LearningBed.IncidentChannel, second.Ts), Is.Empty);
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }
}
