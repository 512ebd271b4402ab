using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// An incident ended by archiving its channel: Slack refuses thread replies there (is_archived), so the questions go
/// to the people directly instead of being lost.
/// </summary>
public class ArchivedChannelTests
{
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task Questions_about_an_archived_channel_are_sent_by_direct_message()
    {
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, "weird, the replica lag graph went flat right after the failover");
        _bed.Slack.ArchiveChannel(LearningBed.IncidentChannel);
        await _bed.SendEventAsync(SlackEvents.ChannelArchive(LearningBed.IncidentChannel, LearningBed.Bob));

        await _bed.Slack.WaitForAsync(_ => _bed.Questions.Find(AskedQuestion.IdFor(moment.Id)) is { Delivery: QuestionDelivery.DirectMessage, PostedTs: not null },
            LearningBed.Generous);

        var question = _bed.Questions.Find(AskedQuestion.IdFor(moment.Id))!;
        var dm = _bed.Slack.Messages(question.PostedChannel!).Single(message => message.Ts == question.PostedTs);
        Assert.Multiple(() =>
        {
            Assert.That(question.Status, Is.EqualTo(QuestionStatus.Posted));
            Assert.That(question.PostedChannel, Does.StartWith("D"), "a direct message");
            Assert.That(_bed.Slack.Calls("chat.postMessage").Count(call => call.Response?["error"]?.GetValue<string>() == "is_archived"), Is.EqualTo(1));
            Assert.That(BlockText.Of(dm.Blocks), Does.Contain("replica lag graph went flat"));
        });
    }
}
