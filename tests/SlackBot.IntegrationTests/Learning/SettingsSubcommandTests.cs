using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn settings</c>: shows where each value comes from, changes them for one channel, and the question engine
/// honours them: a channel set to <c>live</c> is asked during the response, one set to <c>dm</c> gets its questions by
/// direct message, while the bot's defaults (after resolution, in the thread) hold elsewhere.
/// </summary>
public class SettingsSubcommandTests
{
    private const string MomentWords = "I keep a query in a gist for exactly this, running it against the replicas now";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    private ChannelSettings? Stored(string channel) =>
        _bed.Bot.Services.GetRequiredService<IChannelSettingsStore>().FindAsync(channel, CancellationToken.None).GetAwaiter().GetResult();

    [Test]
    public async Task Settings_show_their_source_change_for_this_channel_only_and_refuse_words_they_do_not_know()
    {
        var before = await _bed.LearnAsync("settings", LearningBed.Carol, LearningBed.IncidentChannel);
        var changed = await _bed.LearnAsync("settings timing live delivery dm", LearningBed.Carol, LearningBed.IncidentChannel);
        var elsewhere = await _bed.LearnAsync("settings", LearningBed.Carol, LearningBed.TeamChannel);
        var unknown = await _bed.LearnAsync("settings timing soonish", LearningBed.Carol, LearningBed.IncidentChannel);

        var stored = Stored(LearningBed.IncidentChannel);
        Assert.Multiple(() =>
        {
            Assert.That(Text(before), Does.Contain("*after resolution*").And.Contain("`Questions:Timing`").And.Contain("*thread*").And.Contain("`Questions:Delivery`"));
            Assert.That(before["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(Text(changed), Does.Contain("Updated").And.Contain("*live*").And.Contain("*dm*").And.Contain("this channel's setting"));
            Assert.That(stored?.Timing, Is.EqualTo(QuestionTimingMode.Live));
            Assert.That(stored?.Delivery, Is.EqualTo(QuestionDelivery.DirectMessage));
            Assert.That(stored?.UpdatedBy, Is.EqualTo(LearningBed.Carol));
            Assert.That(Text(elsewhere), Does.Contain("*after resolution*").And.Contain("the bot's default"), "other channels keep the default");
            Assert.That(Stored(LearningBed.TeamChannel), Is.Null);
            Assert.That(Text(unknown), Does.Contain("soonish").And.Contain("/learn settings [timing"), "the usage, naming what was not understood");
            Assert.That(Stored(LearningBed.IncidentChannel)?.Timing, Is.EqualTo(QuestionTimingMode.Live), "nothing changed");
        });
    }

    [Test]
    public async Task A_channel_set_to_live_gets_its_question_while_the_incident_is_active()
    {
        await _bed.LearnAsync("settings timing live", LearningBed.Carol, LearningBed.IncidentChannel);
        var incident = await _bed.StartIncidentAsync();

        var moment = await _bed.PostMomentAsync(LearningBed.Alice, MomentWords);
        var question = await _bed.WaitForPostedQuestionAsync(moment);

        var post = _bed.Message(LearningBed.IncidentChannel, question.PostedTs!);
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Incidents.Find(incident.Id)!.Status, Is.EqualTo(IncidentStatus.Active), "asked during the response");
            Assert.That(post.BotId, Is.EqualTo(_bed.Slack.BotId));
            Assert.That(post.ThreadTs, Is.EqualTo(moment.Ts), "still threaded (the default delivery)");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_channel_set_to_dm_gets_its_questions_by_direct_message()
    {
        await _bed.LearnAsync("settings delivery dm", LearningBed.Carol, LearningBed.IncidentChannel);
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, MomentWords);

        await _bed.WaitForSchedulerPassAsync();
        Assert.That(_bed.Questions.Find(AskedQuestion.IdFor(moment.Id)), Is.Null, "the default timing still holds: nothing while active");

        await _bed.LearnAsync("resolve", LearningBed.Bob, LearningBed.IncidentChannel);
        var question = await _bed.WaitForPostedQuestionAsync(moment);

        var postCall = _bed.Slack.Calls("chat.postMessage").Single();
        Assert.Multiple(() =>
        {
            Assert.That(question.Delivery, Is.EqualTo(QuestionDelivery.DirectMessage));
            Assert.That(postCall.Args["channel"]!.GetValue<string>(), Is.EqualTo(LearningBed.Alice), "addressed to the person");
            Assert.That(postCall.Args["thread_ts"], Is.Null);
            Assert.That(question.PostedChannel, Is.EqualTo(_bed.Slack.DirectMessageChannelFor(LearningBed.Alice)));
            Assert.That(_bed.Slack.Messages(LearningBed.IncidentChannel).Where(message => message.BotId is not null), Is.Empty, "nothing in the incident channel");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
