using System.Globalization;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// The built bot, killed with SIGKILL at seeded points of a recorded-shaped incident (and with Slack failing), ends
/// in the same state as an undisturbed run of the same input: every acknowledged event processed once, every
/// question posted once, every answer stored once, the digest sent once. CI runs three seeds per mode; set
/// <c>SLACKBOT_SOAK_SEEDS=50</c> for a longer soak. Every run's output is scanned for the tokens and signing secret.
/// </summary>
[TestFixture("Http")]
[TestFixture("Socket")]
[NonParallelizable]
public sealed class CrashTests(string mode)
{
    private static readonly Dictionary<string, CrashOutcome> Baselines = [];

    private bool SocketMode => mode == "Socket";

    public static IEnumerable<int> Seeds()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SLACKBOT_SOAK_SEEDS"), CultureInfo.InvariantCulture, out var soak) && soak > 0 ? soak : 3;
        return Enumerable.Range(1, count);
    }

    [Test, Order(1)]
    public async Task An_undisturbed_run_asks_once_per_moment_keeps_every_answer_and_sends_one_digest()
    {
        var baseline = await BaselineAsync();
        var state = baseline.State;
        Report("undisturbed", baseline);

        Assert.Multiple(() =>
        {
            Assert.That(state.Incidents, Is.EqualTo(new[] { $"{CrashRun.Incident} {CrashRun.IncidentName} Resolved" }));
            Assert.That(state.Moments, Has.Count.GreaterThanOrEqualTo(4), "the script's learning moments");
            Assert.That(state.Questions, Has.Count.EqualTo(state.Moments.Count).And.All.Contains("posted yes"));
            Assert.That(baseline.Slack.QuestionPosts, Is.EqualTo(state.Questions.Count), "one post per question");
            Assert.That(state.Findings, Has.Count.EqualTo(state.Questions.Count(line => line.Contains("Answered", StringComparison.Ordinal))),
                "one finding per answered question");
            Assert.That(state.Findings, Has.Some.StartsWith("ThreadReply").And.Some.StartsWith("Modal"));
            Assert.That(state.SentDigests, Has.Count.EqualTo(1).And.All.Contains("chart uploaded"));
            Assert.That(baseline.Slack.DigestPosts, Is.EqualTo(1));
            Assert.That(baseline.Slack.ChartUploads, Is.EqualTo(1));
            Assert.That(baseline.Slack.Duplicates, Is.Empty);
            Assert.That(state.FailedEnvelopes, Is.Empty);
            Assert.That(baseline.ProcessedIds, Has.Count.EqualTo(baseline.Acknowledged), "each acknowledged delivery processed");
            Assert.That(Leaks(baseline), Is.Empty);
        });
    }

    [Test, Order(2)]
    [TestCaseSource(nameof(Seeds))]
    public async Task Killed_at_seeded_points_it_ends_as_the_undisturbed_run(int seed)
    {
        var plan = seed % 3 == 0 ? CrashPlan.Faults(seed) : CrashPlan.Kills(seed);
        var baseline = await BaselineAsync();

        var crashed = await CrashRun.RunAsync(SocketMode, plan);
        Report($"seed {seed} ({(plan.WithSlackFaults ? "Slack faults + kills" : "kills")})", crashed);

        Assert.Multiple(() =>
        {
            Assert.That(crashed.Kills, Is.GreaterThanOrEqualTo(plan.WithSlackFaults ? 2 : 4), "the planned kills happened");
            Assert.That(crashed.State.Incidents, Is.EqualTo(baseline.State.Incidents));
            Assert.That(crashed.State.Moments, Is.EqualTo(baseline.State.Moments));
            Assert.That(crashed.State.Questions, Is.EqualTo(baseline.State.Questions));
            Assert.That(crashed.State.Findings, Is.EqualTo(baseline.State.Findings), "every answer stored once");
            Assert.That(crashed.State.SentDigests, Is.EqualTo(baseline.State.SentDigests));
            Assert.That(crashed.Slack.Duplicates, Is.Empty, "nothing reached Slack twice");
            Assert.That(crashed.Slack.QuestionPosts, Is.EqualTo(baseline.Slack.QuestionPosts), "every question posted once");
            Assert.That(crashed.Slack.DigestPosts, Is.EqualTo(1), "the digest posted once");
            Assert.That(crashed.Slack.ChartUploads, Is.EqualTo(1), "its chart uploaded once");
            Assert.That(crashed.State.FailedEnvelopes, Is.Empty);
            // A kill may take the log line of the delivery it interrupted with it; the end state above proves the work.
            Assert.That(crashed.ProcessedIds, Has.Count.GreaterThanOrEqualTo(crashed.Acknowledged - crashed.Kills), "every acknowledged delivery processed (a delivery cut off by a kill and sent again may add one)");
            if (plan.WithSlackFaults) Assert.That(crashed.Slack.FaultsInjected, Is.GreaterThanOrEqualTo(8), "the injected faults were met");
            Assert.That(Leaks(crashed), Is.Empty);
        });
    }

    private async Task<CrashOutcome> BaselineAsync()
    {
        if (!Baselines.TryGetValue(mode, out var baseline))
        {
            baseline = await CrashRun.RunAsync(SocketMode, CrashPlan.Undisturbed);
            Baselines[mode] = baseline;
        }

        return baseline;
    }

    private static IReadOnlyList<string> Leaks(CrashOutcome outcome) =>
        new SecretScan(("bot token", outcome.Secrets.BotToken), ("app token", outcome.Secrets.AppToken), ("signing secret", outcome.Secrets.SigningSecret))
            .Leaks("bot stdout/stderr", outcome.Output);

    private void Report(string run, CrashOutcome outcome) =>
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[crash {mode}] {run}: {outcome.EventsAcknowledged} events, {outcome.CommandsAcknowledged} commands, {outcome.InteractionsAcknowledged} interactions acknowledged; " +
            $"{outcome.Kills} kills ({string.Join("; ", outcome.KillPoints)}); {outcome.Redeliveries} redeliveries; {outcome.ProcessedIds.Count} envelopes processed, {outcome.Reprocessed} again after a kill; {outcome.Slack.FaultsInjected} failed Slack calls of {outcome.Slack.WebApiCalls}; " +
            $"{outcome.Slack.PostedOutboxIds.Count} posts, {outcome.Slack.Duplicates.Count} duplicated; {outcome.State.Findings.Count} findings; {outcome.State.SentDigests.Count} digest(s); parked: [{string.Join(", ", outcome.State.ParkedOutbox)}]"));
}
