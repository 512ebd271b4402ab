using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Crash;

namespace SlackBot.IntegrationTests.Replicas;

/// <summary>
/// Two incidents in two channels handled by two replicas of the built bot on one PostgreSQL database and one fake
/// Slack. Every delivery goes to a replica picked by the seed, as a load balancer would; one replica is SIGKILLed at a
/// seeded point while messages stream in, and from then on Slack's retries (and people re-typing a command) reach the
/// survivor. The incidents are resolved, the questions answered in their threads, and the run settles.
/// </summary>
public sealed class ReplicaRun(int seed, FakeSlack slack, ReplicaBot[] replicas, IServiceProvider stores)
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    public static readonly (string Id, string Name)[] Channels = [("C0INCA", "inc-2026-12-orders-replica-lag"), ("C0INCB", "inc-2026-12-payments-timeouts")];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private int _events;

    /// <summary>Event ids (as the inbox keys them) some replica acknowledged with a 2xx.</summary>
    public List<string> AcknowledgedEvents { get; } = [];

    /// <summary>Thread replies acknowledged as answers: (channel, ts) of each.</summary>
    public List<(string Channel, string Ts)> Answers { get; } = [];

    /// <summary>Every question post the fake Slack held once all planned questions were out, duplicates included.</summary>
    public IReadOnlyList<(string Channel, PostedQuestion Question)> PostedQuestions { get; private set; } = [];

    public string? KillPoint { get; private set; }

    public int Redeliveries { get; private set; }

    public async Task RunAsync()
    {
        // 1. Both incidents, interleaved message by message; the victim dies after a seeded message, a few ms later.
        var victim = replicas[_random.Next(replicas.Length)];
        var killAfter = _random.Next(4, CrashRun.Messages.Length * Channels.Length - 2);
        Task? kill = null;
        var sent = 0;
        for (var i = 0; i < CrashRun.Messages.Length; i++)
        {
            foreach (var (channel, _) in Channels)
            {
                var (user, text) = CrashRun.Messages[i];
                var (ts, message) = slack.PrepareUserMessage(channel, user, text);
                _texts[ts] = text;
                await EventAsync(message);
                if (sent++ == killAfter) kill = KillSoonAsync(victim, $"after message {sent.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        if (kill is not null) await kill;

        // 2. Both resolved, each command to whichever replica is up; questions follow at once.
        foreach (var (channel, _) in Channels) await CommandAsync("resolve", CrashRun.Alice, channel);
        var questions = await WaitForQuestionsAsync();

        // 3. Every question answered in its thread by the person asked.
        foreach (var (channel, question) in questions)
        {
            var text = $"About '{_texts[question.ThreadTs][..20]}': I learned it in last spring's outage; the query lives in my gists.";
            var (ts, reply) = slack.PrepareUserMessage(channel, question.User, text, question.ThreadTs);
            await EventAsync(reply);
            Answers.Add((channel, ts));
        }
    }

    /// <summary>
    /// The questions posted in both channels, once each incident is resolved, planned, and every question its plan stored
    /// shows in the fake Slack (read from the shared database, so it does not matter which replica planned).
    /// </summary>
    public async Task<IReadOnlyList<(string Channel, PostedQuestion Question)>> WaitForQuestionsAsync()
    {
        var incidents = stores.GetRequiredService<IIncidentStore>();
        var questions = stores.GetRequiredService<IQuestionStore>();
        await Poll.UntilAsync(() =>
        {
            foreach (var (channel, _) in Channels)
            {
                var incident = incidents.LatestInAsync(channel, CancellationToken.None).GetAwaiter().GetResult();
                if (incident is null || incident.Status == IncidentStatus.Active) return false;
                var plan = questions.PlanForAsync(incident.Id, CancellationToken.None).GetAwaiter().GetResult();
                var stored = questions.ForIncidentAsync(incident.Id, CancellationToken.None).GetAwaiter().GetResult();
                if (plan is null || plan.Questions == 0 || stored.Count < plan.Questions) return false;
                var posted = PostedQuestion.In(slack, channel).Select(question => question.Id).ToHashSet(StringComparer.Ordinal);
                if (!stored.All(question => posted.Contains(question.Id))) return false;
            }

            return true;
        }, Generous, "both incidents' planned questions to be posted");
        // Before anyone answers: an answered question's message is updated and loses its buttons.
        PostedQuestions = [.. Channels.SelectMany(channel => PostedQuestion.In(slack, channel.Id).Select(question => (channel.Id, question)))];
        return [.. PostedQuestions.DistinctBy(posted => posted.Question.Id)];
    }

    public string AllOutput() => string.Concat(replicas.Select(replica => replica.Output));

    /// <summary>An event to a seeded live replica until one acknowledges it; a retry carries Slack's retry headers.</summary>
    private async Task EventAsync(JsonObject message)
    {
        var eventId = "Ev0REPL" + (++_events).ToString("D4", CultureInfo.InvariantCulture);
        for (var attempt = 0; ; attempt++)
        {
            if (await TryAsync(replica => slack.SenderFor(replica.Address!, slack.Clock)
                    .SendEventAsync(message, eventId, attempt == 0 ? null : attempt, attempt == 0 ? null : "http_error")))
            {
                AcknowledgedEvents.Add("ev:" + eventId);
                return;
            }

            Redeliveries++;
        }
    }

    /// <summary>Slack does not retry a slash command; the person types it again.</summary>
    private async Task CommandAsync(string text, string user, string channel)
    {
        while (!await TryAsync(async replica => (await slack.SenderFor(replica.Address!, slack.Clock).SendCommandAsync("/learn", text, user, channel)).Response))
            Redeliveries++;
    }

    private async Task<bool> TryAsync(Func<ReplicaBot, Task<HttpResponseMessage>> send)
    {
        var live = replicas.Where(replica => replica.Alive).ToList();
        Assert.That(live, Is.Not.Empty, "a replica must be up");
        var replica = live[_random.Next(live.Count)];
        try
        {
            using var response = await send(replica);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return false; // killed mid-request, or gone before the send: no acknowledgement
        }
    }

    private Task KillSoonAsync(ReplicaBot victim, string where)
    {
        var delay = TimeSpan.FromMilliseconds(_random.Next(0, 300));
        KillPoint = $"{victim.Name} {where} (+{delay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms)";
        return Task.Run(async () =>
        {
            await Task.Delay(delay);
            victim.Kill();
        });
    }
}
