using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Learning;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// One run of the recorded-shaped incident against the built bot: people's messages in an incident channel,
/// <c>/learn resolve</c>, the questions the bot posts answered in their threads, through the Answer modal or with
/// "Not relevant", <c>/learn digest subscribe</c>, a week passing while the bot is stopped, and the digest. A
/// <see cref="CrashPlan"/> says where to SIGKILL the process (restarting it on the same file) and which Slack faults
/// to inject; an empty plan is the undisturbed run. The end state is read from the data file after a clean stop.
/// </summary>
public sealed partial class CrashRun
{
    public const string Incident = "C0INC1";
    public const string IncidentName = "inc-2026-11-orders-replica-lag";
    public const string Team = "C0TEAM";
    public const string Alice = "U0ALICE";
    public const string Bob = "U0BOB";
    public const string Carol = "U0CAROL";

    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    /// <summary>The incident as it was typed: the opening line, four learning moments among chatter, the all-clear.</summary>
    public static readonly (string User, string Text)[] Messages =
    [
        (Carol, "hi all, joining and checking now"),
        (Alice, "Paging the DB on-call, replica lag alerts are firing for the orders cluster"),
        (Bob, "weird, the write graph went completely flat at 10:02 and nobody deployed anything"),
        (Carol, "ok"),
        (Alice, "I keep a query in a gist for exactly this, running it against the replicas now"),
        (Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind"),
        (Carol, "+1"),
        (Bob, "we got lucky the nightly batch had not started yet, that would have doubled the write load"),
        (Alice, "replication has caught up, writes are flowing again"),
    ];

    private readonly CrashPlan _plan;
    private readonly ShiftableClock _clock = new();
    private readonly List<string> _killPoints = [];
    private readonly List<Task> _kills = [];

    public CrashRun(CrashPlan plan) => _plan = plan;

    public static async Task<CrashOutcome> RunAsync(bool socketMode, CrashPlan plan) => await new CrashRun(plan).RunCoreAsync(socketMode);

    private async Task<CrashOutcome> RunCoreAsync(bool socketMode)
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync(new FakeSlackOptions { Clock = _clock, TriggerIdLifetime = Generous });
        slack.AddUser(Alice, "alice", "Europe/London");
        slack.AddUser(Bob, "bob", "America/New_York");
        slack.AddUser(Carol, "carol", "Asia/Tokyo");
        slack.AddChannel(Incident, IncidentName);
        slack.AddChannel(Team, "team-orders");

        await using var bot = new CrashBot(slack, directory.Path, socketMode, TimeSpan.Zero);
        var deliver = new SlackDeliveries(slack, bot);
        var random = new Random(_plan.Seed);
        _plan.InjectFaults(slack.Faults);
        await bot.StartAsync();

        // 1. The incident, message by message; a planned kill lands somewhere in the middle of it.
        var eventNumber = 0;
        var killAfter = _plan.KillsWhileStreaming ? random.Next(Messages.Length) : -1;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Messages.Length; i++)
        {
            var (ts, message) = slack.PrepareUserMessage(Incident, Messages[i].User, Messages[i].Text);
            texts[ts] = Messages[i].Text;
            await deliver.EventAsync(message, EventId(++eventNumber));
            if (i == killAfter) await KillSoonAsync(bot, random, "while streaming message " + (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        // 2. Resolution; questions follow straight away (no cool-down, no working hours). Kill while they go out.
        using var postKill = _plan.KillsWhilePostingQuestions ? WatchAndKill(bot, slack, "chat.postMessage", 1 + random.Next(3), "while posting question") : null;
        await deliver.CommandAsync("resolve", Alice, Incident);
        var questions = await WaitForQuestionsAsync(slack, bot);

        // 3. Answers: a thread reply, the Answer modal, "Not relevant", in turn.
        var answerKill = _plan.KillsWhileAnswering ? random.Next(questions.Count) : -1;
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            switch (i % 3)
            {
                case 0:
                    var (replyTs, reply) = slack.PrepareUserMessage(Incident, question.User, AnswerText(question, texts), question.ThreadTs);
                    texts[replyTs] = AnswerText(question, texts);
                    await deliver.EventAsync(reply, EventId(++eventNumber));
                    break;
                case 1:
                    var opened = slack.OpenedViews.Count(view => view.UserId == question.User);
                    await deliver.InteractionAsync(() => ButtonPress(question, QuestionMessages.AnswerAction));
                    await Poll.UntilAsync(() => slack.OpenedViews.Count(view => view.UserId == question.User) > opened, Generous, "the answer modal to open");
                    var view = slack.OpenedViews.Last(candidate => candidate.UserId == question.User);
                    await deliver.InteractionAsync(() => SlackInteractions.AnswerSubmission(question.User, view, AnswerText(question, texts)));
                    break;
                default:
                    await deliver.InteractionAsync(() => ButtonPress(question, QuestionMessages.DismissAction));
                    break;
            }

            if (i == answerKill) await KillSoonAsync(bot, random, "while answering question " + (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        // 4. The team subscribes; the bot is stopped and a week passes; at start-up the digest is due (catch-up).
        await deliver.CommandAsync("digest subscribe 0 9 * * * UTC", Alice, Team);
        await Task.WhenAll(_kills);
        await bot.StopAsync();
        var now = _clock.GetUtcNow();
        var target = new DateTimeOffset(now.UtcDateTime.Date.AddDays(7).AddHours(9).AddMinutes(5), TimeSpan.Zero);
        _clock.Skip(target - now);
        bot.ClockOffset += target - now;
        using var digestKill = _plan.KillsWhileSendingDigest
            ? WatchAndKill(bot, slack, random.Next(2) == 0 ? "chat.postMessage" : "files.completeUploadExternal", 1, "while sending the digest")
            : null;
        await bot.StartAsync();
        await Poll.UntilAsync(() => slack.Calls("files.completeUploadExternal").Any(call => call.StatusCode == 200) &&
                                    slack.Messages(Team).Any(IsDigestPost), Generous, "the digest and its chart");

        // 5. Settle: every acknowledged event processed, inbox and outbox empty; then a clean stop and the file.
        var outcome = await SettleAsync(slack, bot, deliver, texts);
        return outcome with { KillPoints = _killPoints, Kills = bot.Kills, Redeliveries = deliver.Redeliveries };
    }

    private static string EventId(int number) => "Ev0CRASH" + number.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Names the moment by its words, not its ts, so that answers read the same in every run.</summary>
    private static string AnswerText(PostedQuestion question, Dictionary<string, string> texts) =>
        $"About '{texts[question.ThreadTs][..24]}': I learned it in the outage last spring; the query lives in my gists.";

    /// <summary>Kills the bot a seeded few milliseconds from now while the script goes on delivering, so the kill can
    /// land in the middle of the next deliveries (which are then sent again, as Slack would).</summary>
    private Task KillSoonAsync(CrashBot bot, Random random, string where)
    {
        var delay = TimeSpan.FromMilliseconds(random.Next(0, 300));
        _killPoints.Add($"{where} (+{delay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms)");
        _kills.Add(Task.Run(async () =>
        {
            await Task.Delay(delay);
            await bot.KillAndRestartAsync();
        }));
        return Task.CompletedTask;
    }

    /// <summary>Kills the bot the moment the fake Slack has taken the <paramref name="nth"/> call to <paramref name="method"/>
    /// from now on: the call took effect, but the bot may not have recorded its answer.</summary>
    private IDisposable WatchAndKill(CrashBot bot, FakeSlack slack, string method, int nth, string where)
    {
        var stop = new CancellationTokenSource();
        var before = slack.Calls(method).Count;
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (slack.Calls(method).Count >= before + nth)
                {
                    _killPoints.Add($"{where} ({method} #{nth.ToString(CultureInfo.InvariantCulture)} taken)");
                    await bot.KillAndRestartAsync();
                    return;
                }

                await Task.Delay(2, CancellationToken.None);
            }
        });
        return stop;
    }

    /// <summary>The question posts in the incident channel, once planning's count of them has been posted.</summary>
    private static async Task<IReadOnlyList<PostedQuestion>> WaitForQuestionsAsync(FakeSlack slack, CrashBot bot)
    {
        var planned = 0;
        await Poll.UntilAsync(() =>
        {
            var matches = Planned().Matches(bot.AllOutput);
            planned = matches.Count == 0 ? 0 : int.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
            return planned > 0 && PostedQuestion.In(slack, Incident).Select(question => question.Id).Distinct().Count() >= planned;
        }, Generous, "the planned questions to be posted");
        // In the order of the script's messages, so every run answers the same question the same way.
        var order = slack.Messages(Incident).Select((message, index) => (message.Ts, index)).ToDictionary(entry => entry.Ts, entry => entry.index);
        return [.. PostedQuestion.In(slack, Incident).DistinctBy(question => question.Id).OrderBy(question => order.GetValueOrDefault(question.ThreadTs, int.MaxValue))];
    }

    private static JsonObject ButtonPress(PostedQuestion question, string actionId) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = question.User, ["username"] = question.User.ToLowerInvariant(), ["team_id"] = "T0FAKE" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = question.Ts, ["channel_id"] = Incident, ["thread_ts"] = question.ThreadTs, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = Incident, ["name"] = IncidentName },
        ["message"] = new JsonObject { ["ts"] = question.Ts, ["thread_ts"] = question.ThreadTs, ["text"] = question.Text },
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = actionId, ["block_id"] = "question", ["value"] = question.Id, ["type"] = "button",
            ["action_ts"] = SlackTimestamps.FromTime(DateTimeOffset.UtcNow),
        }),
    };

    private static bool IsDigestPost(FakeMessage message) =>
        message.Metadata?["event_payload"]?["outbox_id"]?.GetValue<string>() is { } id && id.StartsWith("digest-post:", StringComparison.Ordinal);

    private async Task<CrashOutcome> SettleAsync(FakeSlack slack, CrashBot bot, SlackDeliveries deliver, Dictionary<string, string> texts)
    {
        // A SIGKILL can take a processed envelope's last log line with it (the console logger writes behind), so the
        // log is only a hint of when to stop: the end state read from the file below is what is compared.
        try
        {
            await Poll.UntilAsync(() =>
            {
                var output = bot.AllOutput;
                return deliver.AcknowledgedEventIds.All(id => output.Contains($"message ({id})", StringComparison.Ordinal));
            }, Generous, "every acknowledged event to be processed");
        }
        catch (TimeoutException)
        {
            TestContext.Out.WriteLine("[crash] not every processed event was seen in the log; settling on the file's state");
        }
        for (var round = 0; ; round++)
        {
            await bot.StopAsync();
            var state = EndState.Read(bot.DataFile, texts);
            if (state.PendingInbox.Count == 0 && state.PendingOutbox.Count == 0)
                return new CrashOutcome(state, FakeSlackView.Of(slack), bot.AllOutput, deliver.EventsAcknowledged,
                    deliver.CommandsAcknowledged, deliver.InteractionsAcknowledged, [], 0, 0, (slack.BotToken, slack.AppToken, slack.SigningSecret));
            Assert.That(round, Is.LessThan(5), $"work still pending after {round} restarts: {string.Join(", ", state.PendingInbox.Concat(state.PendingOutbox))}");
            var mark = bot.AllOutput.Length;
            await bot.StartAsync();
            await Poll.UntilAsync(() => state.PendingInbox.Concat(state.PendingOutbox).All(id => bot.AllOutput[mark..].Contains(id, StringComparison.Ordinal)),
                Generous, "the pending work to be done");
        }
    }

    [GeneratedRegex(@"Planned (\d+) question\(s\)")]
    private static partial Regex Planned();
}
