using System.Text.Json.Nodes;
using SlackBot.Features.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace SlackBot.IntegrationTests.Learning;

/// <summary><c>/learn questions</c>: the incident's questions grouped by state, with whom, a quote and a link.</summary>
public class QuestionsSubcommandTests
{
    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync();

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task Questions_are_grouped_open_and_answered_with_whom_and_a_link()
    {
        var incident = await _bed.StartIncidentAsync();
        await _bed.LearnAsync("ask <@U0BOB|bob> What did the dashboard show when you first looked?", LearningBed.Alice, LearningBed.IncidentChannel);
        await _bed.LearnAsync("ask What did you each see first when checkout slowed down?", LearningBed.Alice, LearningBed.IncidentChannel);
        await Poll.UntilAsync(() => _bed.Questions.ForIncident(incident.Id) is { Count: 2 } both && both.All(question => question.PostedTs is not null),
            LearningBed.Generous, "both questions to be posted");
        var forBob = _bed.Questions.ForIncident(incident.Id).Single(question => question.UserId == LearningBed.Bob);
        await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, "p99 at four seconds", threadTs: forBob.PostedTs);
        await Poll.UntilAsync(() => _bed.Questions.Find(forBob.Id)!.Status == QuestionStatus.Answered, LearningBed.Generous, "Bob's answer");

        var reply = await _bed.LearnAsync($"questions <#{LearningBed.IncidentChannel}|{LearningBed.IncidentChannelName}>", LearningBed.Carol, LearningBed.TeamChannel);

        var blocks = BlockText.Of(reply["blocks"]);
        var open = blocks.IndexOf("*Open* (1)", StringComparison.Ordinal);
        var answered = blocks.IndexOf("*Answered* (1)", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(Text(reply), Does.Contain("2 question(s)"));
            Assert.That(open, Is.GreaterThanOrEqualTo(0));
            Assert.That(answered, Is.GreaterThan(open), "open first, then answered");
            Assert.That(blocks[open..answered], Does.Contain("To anyone (asked by <@U0ALICE>)").And.Contain("each see first"));
            Assert.That(blocks[answered..], Does.Contain("To <@U0BOB> (asked by <@U0ALICE>)").And.Contain("dashboard show"));
            Assert.That(_bed.Slack.Calls("chat.getPermalink").Select(call => call.Args["message_ts"]!.GetValue<string>()), Is.SupersetOf(new[] { forBob.PostedTs }));
            Assert.That(blocks, Does.Contain("|in Slack>"), "a link to each question");
        });
    }

    [Test]
    public async Task A_long_list_stays_within_slacks_block_limit_and_says_how_many_more()
    {
        var incident = await _bed.StartIncidentAsync();
        var store = _bed.Bot.Services.GetRequiredService<IQuestionStore>();
        for (var i = 0; i < 45; i++)
        {
            await store.SaveAsync(new AskedQuestion
            {
                Id = AskedQuestion.IdForAsk("cmd:" + i), IncidentId = incident.Id, ChannelId = LearningBed.IncidentChannel, UserId = LearningBed.Bob,
                AskedBy = LearningBed.Alice, Text = "What did you see at step " + i + "?", Status = i % 2 == 0 ? QuestionStatus.Posted : QuestionStatus.Dismissed,
                CreatedAt = incident.StartedAt.AddMinutes(i), ReleaseAt = incident.StartedAt.AddMinutes(i),
            }, CancellationToken.None);
        }

        var reply = await _bed.LearnAsync("questions", LearningBed.Carol, LearningBed.IncidentChannel);

        var blocks = BlockText.Of(reply["blocks"]);
        Assert.Multiple(() =>
        {
            Assert.That(reply["blocks"]!.AsArray(), Has.Count.LessThanOrEqualTo(50));
            Assert.That(blocks, Does.Contain("*Open* (23)").And.Contain("*Declined (not relevant)* (22)"));
            Assert.That(blocks, Does.Contain("…and 5 more"));
        });
    }

    private static string Text(JsonObject reply) => reply["text"]!.GetValue<string>();
}
