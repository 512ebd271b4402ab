using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// An incident played through the fake Slack as signed events: the bot stays quiet while it is active, asks the
/// right people about the right messages after resolution and the cool-down, and keeps their answers.
/// </summary>
public class IncidentPlaythroughTests
{
    private const string Channel = "C0INC1";
    private const string Alice = "U0ALICE";
    private const string Bob = "U0BOB";
    private const string Carol = "U0CAROL";

    private TempDirectory _directory = null!;
    private FakeSlack _slack = null!;

    [SetUp]
    public async Task SetUp()
    {
        _directory = new TempDirectory();
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(Alice, "alice", "Europe/London");
        _slack.AddUser(Bob, "bob", "America/New_York");
        _slack.AddUser(Carol, "carol", "Asia/Tokyo");
        _slack.AddChannel(Channel, "inc-2026-11-db-failover");
        _slack.AddChannel("C0CHAT", "team-payments");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _slack.DisposeAsync();
        _directory.Dispose();
    }

    [Test]
    public async Task Moments_are_kept_silently_and_asked_about_after_resolution_and_answers_become_findings()
    {
        Dictionary<string, string> moments;
        await using (var bot = await StartBotAsync())
        {
            var sender = _slack.SenderFor(bot.BaseUrl);
            moments = await PlayTheIncidentAsync(sender);
            await sender.PostUserMessageAsync("C0CHAT", Carol, "weird, the coffee machine is flat again, I keep a gist of its error codes");
            await DrainAsync(bot);

            Assert.That(_slack.Calls("chat.postMessage"), Is.Empty, "nothing is posted while the incident is active");
            var incident = new IncidentReads(bot.Services.GetRequiredService<IIncidentStore>()).All().Single();
            Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Active));

            using var resolve = await sender.SendCommandAsync("/learn", "resolve", Alice, Channel, "inc-2026-11-db-failover");
            var reply = JsonNode.Parse(await resolve.Response.Content.ReadAsStringAsync())!;
            Assert.Multiple(() =>
            {
                Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
                Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("resolved"));
            });

            // Stop before the cool-down has passed: the plan must survive the restart.
            await bot.StopAsync();
        }

        Assert.That(_slack.Calls("chat.postMessage"), Is.Empty, "still nothing during the cool-down");

        await using var restarted = await StartBotAsync();
        var questionsStore = new QuestionReads(restarted.Services.GetRequiredService<IQuestionStore>());
        await Poll.UntilAsync(() => questionsStore.All().Count > 0 && questionsStore.All().All(q => q.PostedTs is not null), what: "questions to be posted");

        var questions = questionsStore.All();
        var posts = _slack.Messages(Channel).Where(message => message.BotId == _slack.BotId).ToList();
        foreach (var post in posts) await TestContext.Out.WriteLineAsync($"asked in thread {post.ThreadTs}: {post.Text}");
        Assert.Multiple(() =>
        {
            Assert.That(posts, Has.Count.EqualTo(questions.Count), "one post per question, no duplicates");
            Assert.That(questions.Select(q => q.UserId), Is.SupersetOf(new[] { Alice, Bob }), "the people whose moments they were");
            Assert.That(questions, Has.None.Matches<AskedQuestion>(q => q.UserId == Carol), "Carol only said ok and +1");
            foreach (var question in questions)
            {
                var post = posts.Single(message => message.Ts == question.PostedTs);
                var moment = _slack.Messages(Channel).Single(message => message.Ts == question.MomentTs);
                Assert.That(post.ThreadTs, Is.EqualTo(moment.Ts), "a thread reply on the moment's message");
                Assert.That(moment.User, Is.EqualTo(question.UserId), "asked of the moment's author");
                Assert.That(post.Text, Does.Contain($"<@{question.UserId}>"), "mentions them");
                Assert.That(LanguageCheck.CheckQuestion(post.Text), Is.Empty, "blame-free: " + post.Text);
                Assert.That(post.Blocks!.ToJsonString(), Does.Contain(QuestionMessages.AnswerAction).And.Contain(QuestionMessages.SnoozeAction).And.Contain(QuestionMessages.DismissAction));
            }
        });

        // Alice answers in the thread of her question.
        var aliceQuestion = questions.First(q => q.UserId == Alice);
        var sender2 = _slack.SenderFor(restarted.BaseUrl);
        var answerTs = await sender2.PostUserMessageAsync(Channel, Alice,
            "I wrote that query during the big outage last spring; it lives in my gists and I share the link whenever the replicas drift.",
            threadTs: aliceQuestion.ThreadRootTs);
        var findings = new FindingReads(restarted.Services.GetRequiredService<IFindingStore>());
        await Poll.UntilAsync(() => findings.All().Any(f => f.MessageTs == answerTs), what: "the answer to become a finding");
        await Poll.UntilAsync(() => questionsStore.Find(aliceQuestion.Id)!.Status == QuestionStatus.Answered);
        // Her answer names a personal script, which opens the next mystery: one follow-up goes into her thread.
        await Poll.UntilAsync(() => questionsStore.Find(AskedQuestion.IdForFollowUp(aliceQuestion.Id))?.PostedTs is not null, what: "the follow-up to Alice's answer");

        var finding = findings.All().Single(f => f.MessageTs == answerTs);
        Assert.Multiple(() =>
        {
            Assert.That(finding.QuestionId, Is.EqualTo(aliceQuestion.Id));
            Assert.That(finding.AuthorId, Is.EqualTo(Alice));
            Assert.That(finding.IncidentId, Is.EqualTo(aliceQuestion.IncidentId));
            Assert.That(finding.MomentId, Is.EqualTo(aliceQuestion.MomentId));
            Assert.That(finding.Permalink, Does.Contain(Channel));
            Assert.That(finding.Source, Is.EqualTo(FindingSource.ThreadReply));
            Assert.That(finding.FromPrivateChannel, Is.False);
        });

        // Bob: "Not now" on one question, "Not relevant" on another.
        var bobQuestions = questions.Where(q => q.UserId == Bob).ToList();
        Assert.That(bobQuestions, Has.Count.GreaterThanOrEqualTo(2), "Bob had two moments");
        using (await sender2.SendInteractionAsync(ButtonPress(Bob, bobQuestions[0], QuestionMessages.SnoozeAction))) { }
        using (await sender2.SendInteractionAsync(ButtonPress(Bob, bobQuestions[1], QuestionMessages.DismissAction))) { }
        // Carol pressing Bob's button changes nothing.
        using (await sender2.SendInteractionAsync(ButtonPress(Carol, aliceQuestion, QuestionMessages.DismissAction))) { }

        await Poll.UntilAsync(() => questionsStore.Find(bobQuestions[0].Id)!.Status == QuestionStatus.Snoozed
                                    && questionsStore.Find(bobQuestions[1].Id)!.Status == QuestionStatus.Dismissed, what: "snooze and dismiss");
        await _slack.WaitForCallsAsync("chat.update", 3);
        await _slack.WaitForCallsAsync("chat.postEphemeral", 1);

        var snoozed = questionsStore.Find(bobQuestions[0].Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(snoozed.ReleaseAt, Is.GreaterThan(DateTimeOffset.UtcNow), "asked again later, on Bob's next working day");
            Assert.That(_slack.Calls("chat.update").Select(call => call.Args["ts"]!.GetValue<string>()),
                Is.SupersetOf(new[] { bobQuestions[0].PostedTs, bobQuestions[1].PostedTs, aliceQuestion.PostedTs }));
            Assert.That(questionsStore.Find(aliceQuestion.Id)!.Status, Is.EqualTo(QuestionStatus.Answered), "Carol could not dismiss Alice's question");
            Assert.That(_slack.Calls("chat.postEphemeral").Single().Args["user"]!.GetValue<string>(), Is.EqualTo(Carol));
            Assert.That(_slack.Messages(Channel).Count(message => message.BotId == _slack.BotId), Is.EqualTo(questions.Count + 1), "no new posts but the follow-up");
        });
    }

    private async Task<Dictionary<string, string>> PlayTheIncidentAsync(SignedRequestSender sender)
    {
        var script = new (string User, string Text)[]
        {
            (Alice, "Paging the DB on-call, replica lag alerts are firing for the orders cluster"),
            (Bob, "weird, the write graph went completely flat at 10:02 and nobody deployed anything"),
            (Carol, "ok"),
            (Alice, "I keep a query in a gist for exactly this, running it against the replicas now"),
            (Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind"),
            (Carol, "+1"),
            (Alice, "p99 is 2.3s"),
            (Bob, "we got lucky the nightly batch had not started yet, that would have doubled the write load"),
            (Alice, "replication has caught up, writes are flowing again"),
        };
        var timestamps = new Dictionary<string, string>();
        foreach (var (user, text) in script) timestamps[text] = await sender.PostUserMessageAsync(Channel, user, text);
        return timestamps;
    }

    private static JsonObject ButtonPress(string user, AskedQuestion question, string action) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = "T0FAKE" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = question.PostedTs, ["channel_id"] = Channel, ["thread_ts"] = question.ThreadRootTs, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "inc-2026-11-db-failover" },
        ["message"] = new JsonObject { ["ts"] = question.PostedTs, ["thread_ts"] = question.ThreadRootTs, ["text"] = question.Text },
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = action, ["block_id"] = "question", ["value"] = question.Id, ["type"] = "button", ["action_ts"] = "1700000000.000001",
        }),
    };

    private Task<BotApp> StartBotAsync() =>
        BotApp.StartAsync(_slack, _directory.File("bot.db"), settings: new Dictionary<string, string?>
        {
            ["Questions:CooldownAfterResolution"] = "00:00:03",
            ["Questions:RespectWorkingHours"] = "false",
            ["Scheduler:Interval"] = "00:00:00.200",
        });

    private static Task DrainAsync(BotApp bot) =>
        Poll.UntilAsync(() => bot.Inbox.All().All(record => record.Status != Storage.Inbox.InboxStatus.Pending), what: "the inbox to drain");
}
