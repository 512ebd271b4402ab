using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Cli;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Crash;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.Outbox;

namespace SlackBot.IntegrationTests.Replicas;

/// <summary>
/// Two bot processes on one PostgreSQL database and one fake Slack, deliveries split between them, one SIGKILLed
/// mid-run (docs/deploy.md, "What keeps two replicas correct"). More seeds: <c>SLACKBOT_REPLICA_SEEDS=1,2,3,4,5</c>.
/// </summary>
[NonParallelizable]
public sealed class TwoReplicaTests
{
    public static IEnumerable<int> Seeds() =>
        Environment.GetEnvironmentVariable("SLACKBOT_REPLICA_SEEDS") is { Length: > 0 } seeds
            ? seeds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(seed => int.Parse(seed, CultureInfo.InvariantCulture))
            : [1, 2, 3];

    [TestCaseSource(nameof(Seeds))]
    public async Task A_replica_killed_mid_run_loses_nothing_and_does_nothing_twice(int seed)
    {
        var server = RequireServer();
        var database = server.CreateDatabase();
        try
        {
            using var directory = new TempDirectory();
            await using var slack = await FakeSlack.StartAsync(new FakeSlackOptions { TriggerIdLifetime = ReplicaRun.Generous });
            slack.AddUser(CrashRun.Alice, "alice", "Europe/London");
            slack.AddUser(CrashRun.Bob, "bob", "America/New_York");
            slack.AddUser(CrashRun.Carol, "carol", "Asia/Tokyo");
            foreach (var (id, name) in ReplicaRun.Channels) slack.AddChannel(id, name);

            var connectionString = server.ConnectionString(database);
            await using var a = new ReplicaBot("A", slack, connectionString, Path.Combine(directory.Path, "a"));
            await using var b = new ReplicaBot("B", slack, connectionString, Path.Combine(directory.Path, "b"));
            // Started together: they migrate the empty database at the same moment, and one waits for the other.
            await Task.WhenAll(a.StartAsync(), b.StartAsync());
            await using var stores = CliStorage.OnPostgres(connectionString);

            var run = new ReplicaRun(seed, slack, [a, b], stores);
            await run.RunAsync();
            TestContext.Out.WriteLine($"[replicas] seed {seed}: killed {run.KillPoint}; {run.AcknowledgedEvents.Count} events acknowledged, {run.Redeliveries} redelivered");

            var inbox = stores.GetRequiredService<IInboxRecords>();
            var outbox = stores.GetRequiredService<IOutboxRecords>();
            var findings = stores.GetRequiredService<IFindingStore>();
            await Poll.UntilAsync(() =>
                    run.AcknowledgedEvents.All(id => inbox.Find(id)?.Status == InboxStatus.Processed) &&
                    inbox.All().All(record => record.Status != InboxStatus.Pending) &&
                    outbox.All().All(row => row.Status != OutboxStatus.Pending) &&
                    run.Answers.All(answer => findings.FindAsync($"msg:{answer.Channel}:{answer.Ts}", CancellationToken.None).GetAwaiter().GetResult() is not null),
                ReplicaRun.Generous + ReplicaRun.Generous,
                () => $"every acknowledged event processed, nothing pending, every answer a finding (killed {run.KillPoint}); pending inbox: " +
                      string.Join(", ", inbox.All().Where(record => record.Status == InboxStatus.Pending).Select(record => record.Id)) + "; pending outbox: " +
                      string.Join(", ", outbox.All().Where(row => row.Status == OutboxStatus.Pending).Select(row => row.Id)));

            var questions = stores.GetRequiredService<IQuestionStore>();
            var incidents = stores.GetRequiredService<IIncidentStore>();
            var posted = run.PostedQuestions.Select(post => (post.Channel, QuestionId: post.Question.Id)).ToList();
            var outboxPosts = ReplicaRun.Channels
                .SelectMany(channel => slack.Messages(channel.Id))
                .Select(message => message.Metadata?["event_payload"]?["outbox_id"]?.GetValue<string>())
                .OfType<string>()
                .ToList();

            Assert.Multiple(() =>
            {
                Assert.That(run.KillPoint, Is.Not.Null, "one replica was killed");
                Assert.That(new[] { a, b }.Count(replica => replica.Alive), Is.EqualTo(1), "the survivor is still up");
                Assert.That(posted, Is.Not.Empty, "questions were asked");
                Assert.That(posted.GroupBy(question => question.QuestionId).Where(group => group.Count() > 1).Select(group => group.Key), Is.Empty, "every question posted once");
                Assert.That(outboxPosts.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key), Is.Empty, "every outbox row posted once");
                foreach (var (channel, _) in ReplicaRun.Channels)
                {
                    var incident = incidents.LatestInAsync(channel, CancellationToken.None).GetAwaiter().GetResult();
                    Assert.That(incident?.Status, Is.Not.EqualTo(IncidentStatus.Active).And.Not.Null, $"{channel} was resolved once");
                    var stored = questions.ForIncidentAsync(incident!.Id, CancellationToken.None).GetAwaiter().GetResult();
                    Assert.That(stored.Where(question => question.PostedTs is not null && question.ParentQuestionId is null).Select(question => question.Id),
                        Is.EquivalentTo(posted.Where(question => question.Channel == channel).Select(question => question.QuestionId).Distinct()),
                        $"what {channel}'s store says was posted is what Slack shows");
                }

                var scan = new SecretScan(("bot token", slack.BotToken), ("signing secret", slack.SigningSecret));
                Assert.That(scan.Leaks("replica output", [a.Output, b.Output]), Is.Empty);
            });
        }
        finally
        {
            server.DropDatabase(database);
        }
    }

    private static PostgresServer RequireServer()
    {
        if (PostgresServer.Shared is { } server) return server;
        if (PostgresServer.Required) Assert.Fail("PostgreSQL is required here but unavailable: " + PostgresServer.WhyUnavailable);
        Assert.Ignore("PostgreSQL is not available: " + PostgresServer.WhyUnavailable);
        throw new InvalidOperationException("unreachable");
    }

}
