using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Support;
using SlackBot.Scheduling;
using SlackBot.Slack.Dispatch;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// One test's world: its own temp directory, a fake Slack with three people, an incident channel and a team channel,
/// and the real bot started against it with the learning tests' settings (a short cool-down, no working hours, a
/// scheduler that ticks every 200 ms). Tests override settings per case and reach the bot's stores through it.
/// </summary>
public sealed class LearningBed : IAsyncDisposable
{
    public const string IncidentChannel = "C0INC1";
    public const string IncidentChannelName = "inc-2026-11-checkout-latency";
    public const string TeamChannel = "C0CHAT";
    public const string Alice = "U0ALICE";
    public const string Bob = "U0BOB";
    public const string Carol = "U0CAROL";

    /// <summary>Waits are generous: two cores are shared with other builds, and a passing test never waits this long.</summary>
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _directory;
    private readonly Func<Task<BotApp>> _startBot;

    private LearningBed(TempDirectory directory, FakeSlack slack, BotApp bot, SchedulerPasses passes, Func<Task<BotApp>> startBot)
    {
        _directory = directory;
        _startBot = startBot;
        Slack = slack;
        Bot = bot;
        Passes = passes;
        Sender = slack.SenderFor(bot.BaseUrl);
    }

    public FakeSlack Slack { get; }

    public BotApp Bot { get; private set; }

    public SignedRequestSender Sender { get; private set; }

    public SchedulerPasses Passes { get; }

    public IncidentReads Incidents => new(Bot.Services.GetRequiredService<IIncidentStore>());

    public MomentReads Moments => new(Bot.Services.GetRequiredService<IMomentStore>());

    public QuestionReads Questions => new(Bot.Services.GetRequiredService<IQuestionStore>());

    public FindingReads Findings => new(Bot.Services.GetRequiredService<IFindingStore>());

    public IncidentMessageReads IncidentMessages => new(Bot.Services.GetRequiredService<IIncidentMessageStore>());

    /// <param name="settings">Added to (and overriding) the learning tests' defaults.</param>
    /// <param name="clock">Shared by the fake Slack and the bot; the system clock when null.</param>
    /// <param name="arrange">Changes to the fake workspace (people's time zones, more channels) before the bot starts.</param>
    public static async Task<LearningBed> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<FakeSlack>? arrange = null)
    {
        var directory = new TempDirectory();
        // Slack honours a trigger_id for 3 s; on a busy shared machine the bot can take longer to get to it, and what
        // these tests check is which modal opens, not how fast.
        var slack = await FakeSlack.StartAsync(new FakeSlackOptions { Clock = clock ?? TimeProvider.System, TriggerIdLifetime = Generous });
        slack.AddUser(Alice, "alice", "Europe/London");
        slack.AddUser(Bob, "bob", "America/New_York");
        slack.AddUser(Carol, "carol", "Asia/Tokyo");
        slack.AddChannel(IncidentChannel, IncidentChannelName);
        slack.AddChannel(TeamChannel, "team-payments");
        arrange?.Invoke(slack);

        var values = new Dictionary<string, string?>
        {
            ["Questions:CooldownAfterResolution"] = "00:00:01",
            ["Questions:RespectWorkingHours"] = "false",
            ["Scheduler:Interval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;

        var passes = new SchedulerPasses();
        var storagePath = directory.File("bot.db");
        Task<BotApp> StartBot() => BotApp.StartAsync(slack, storagePath, builder =>
        {
            if (clock is not null) builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton(passes);
            builder.Services.AddScoped<IScheduledJob, SchedulerPassCounter>();
            // Replies to commands and modal submissions are what these tests read; let a slow machine still deliver
            // them in the acknowledgement rather than through the late-reply path.
            builder.Services.Configure<SlackDispatchOptions>(options => options.AckBudget = TimeSpan.FromSeconds(20));
        }, values);
        try
        {
            return new LearningBed(directory, slack, await StartBot(), passes, StartBot);
        }
        catch
        {
            await slack.DisposeAsync();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Stops the bot as a deployment would and starts a new one on the same database file and settings.</summary>
    public async Task RestartBotAsync()
    {
        await Bot.DisposeAsync();
        Bot = await _startBot();
        Sender = Slack.SenderFor(Bot.BaseUrl);
    }

    /// <summary>Waits until every envelope the bot has acknowledged so far has been processed by the listeners.</summary>
    public Task DrainAsync() =>
        Poll.UntilAsync(() => Bot.Inbox.All().All(record => record.Status != InboxStatus.Pending), Generous, "the inbox to drain");

    /// <summary>Waits until at least one whole scheduler pass (every job, in order) has run after this call.</summary>
    public Task WaitForSchedulerPassAsync()
    {
        // The pass under way may have started before this call; the one after it did not.
        var target = Passes.Started + 2;
        return Poll.UntilAsync(() => Passes.Started >= target, Generous, "a whole scheduler pass");
    }

    /// <summary>Errors listeners reported while processing envelopes (kept on the inbox records).</summary>
    public IReadOnlyList<string> ListenerErrors() =>
        Bot.Inbox.All().SelectMany(record => record.Errors.Select(error => $"{record.Type} {record.Id}: {error}")).ToList();

    /// <summary>Sends a signed event and checks that the bot acknowledged it.</summary>
    public async Task SendEventAsync(JsonObject innerEvent)
    {
        using var response = await Sender.SendEventAsync(innerEvent);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the bot acknowledges the {innerEvent["type"]} event");
    }

    /// <summary>A new Slack ts from the fake's clock, for events that carry their own (edits, deletions, reactions).</summary>
    public string NextEventTs() => SlackTimestamps.FromTime(Slack.Clock.GetUtcNow());

    /// <summary>The stored copy of a message, as the fake holds it.</summary>
    public FakeMessage Message(string channel, string ts) => Slack.Messages(channel).Single(message => message.Ts == ts);

    /// <summary>Runs <c>/learn</c> and returns the reply from the acknowledgement.</summary>
    public async Task<JsonObject> LearnAsync(string text, string user, string channel)
    {
        using var delivery = await Sender.SendCommandAsync("/learn", text, user, channel);
        var body = await delivery.Response.Content.ReadAsStringAsync();
        Assert.That(delivery.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>
    /// Carol's first message in the incident channel, which starts its incident; returns the incident. The words are
    /// not a learning moment, so tests count only the moments they post themselves.
    /// </summary>
    public async Task<Incident> StartIncidentAsync()
    {
        var ts = await Sender.PostUserMessageAsync(IncidentChannel, Carol, "hi all, joining and checking now");
        await DrainAsync();
        Assert.That(Moments.Find(IncidentChannel, ts), Is.Null, "the opening message is not meant to be a moment");
        return Incidents.ActiveIn(IncidentChannel) ?? throw new AssertionException("The message did not start an incident in " + IncidentChannelName);
    }

    /// <summary>Posts a message that should be a learning moment and waits until the bot has kept it.</summary>
    public async Task<Moment> PostMomentAsync(string user, string text, string channel = IncidentChannel)
    {
        var ts = await Sender.PostUserMessageAsync(channel, user, text);
        await DrainAsync();
        return Moments.Find(channel, ts) ?? throw new AssertionException($"'{text}' was not kept as a learning moment");
    }

    /// <summary>Waits until the question about <paramref name="moment"/> has been posted and its Slack ts recorded.</summary>
    public async Task<AskedQuestion> WaitForPostedQuestionAsync(Moment moment)
    {
        var id = AskedQuestion.IdFor(moment.Id);
        await Poll.UntilAsync(() => Questions.Find(id) is { PostedTs: not null }, Generous, $"the question about {moment.Ts} to be posted");
        return Questions.Find(id)!;
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
        _directory.Dispose();
    }
}
