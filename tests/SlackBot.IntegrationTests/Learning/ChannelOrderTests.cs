using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack.Inbound;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// One channel, one order: a facilitator who types <c>/learn resolve</c> right after the last message of a busy new
/// incident channel gets the same incident, the same moments and the same questions as one who waited for the bot to
/// catch up. Slack is slow to tell the bot the new channel's name, so the bot is still on the first message when the
/// rest and the command arrive: the command must wait for the messages typed before it.
/// </summary>
public class ChannelOrderTests
{
    // The people's messages of a busy response: the learning moments among everyday chatter, about 60 in all.
    private static readonly (string User, string Text)[] LearningMoments =
    [
        (LearningBed.Alice, "Paging the DB on-call, replica lag alerts are firing for the orders cluster"),
        (LearningBed.Bob, "weird, the write graph went completely flat at 10:02 and nobody deployed anything"),
        (LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now"),
        (LearningBed.Bob, "the runbook says fail over first but I skipped that step because the replica was 40 minutes behind"),
        (LearningBed.Carol, "only Priya knows how the retry worker behaves under backpressure, pulling her in"),
        (LearningBed.Bob, "we got lucky the nightly batch had not started yet, that would have doubled the write load"),
        (LearningBed.Carol, "I didn't expect the cache to keep serving stale reads after the failover"),
        (LearningBed.Alice, "I wrote a one-off script to drain the stuck consumers, it is in my home dir"),
    ];

    private static readonly string[] Chatter =
    [
        "ok", "+1", "on it", "thanks", "checking", "p99 is 2.3s", "same here", "ack", "still looking", "joining the call",
    ];

    private static IEnumerable<(string User, string Text)> Script()
    {
        var people = new[] { LearningBed.Alice, LearningBed.Bob, LearningBed.Carol };
        yield return (LearningBed.Carol, "hi all, joining and checking now");
        var chatter = 0;
        foreach (var moment in LearningMoments)
        {
            for (var i = 0; i < 6; i++, chatter++) yield return (people[chatter % people.Length], Chatter[chatter % Chatter.Length]);
            yield return moment;
        }

        for (var i = 0; i < 4; i++, chatter++) yield return (people[chatter % people.Length], Chatter[chatter % Chatter.Length]);
        yield return (LearningBed.Alice, "replication has caught up, writes are flowing again");
    }

    [Test]
    public async Task Resolve_typed_right_after_the_last_message_sees_every_message_and_the_same_questions_follow()
    {
        var waited = await PlayAsync(pauseBeforeResolving: true);
        var straightAway = await PlayAsync(pauseBeforeResolving: false);

        Assert.Multiple(() =>
        {
            Assert.That(straightAway.Reply, Does.StartWith("Marked #" + LearningBed.IncidentChannelName).And.Contain("as resolved"), "the command confirms the resolution");
            Assert.That(straightAway.MessagesKept, Is.EqualTo(Script().Count()), "every message belongs to the incident, the one that opened it included");
            Assert.That(straightAway.Moments, Is.EquivalentTo(waited.Moments), "the same moments");
            Assert.That(straightAway.Questions, Is.EquivalentTo(waited.Questions), "the same questions: same people, same moments, same kinds");
            Assert.That(straightAway.Questions, Has.Count.GreaterThanOrEqualTo(6), "the run asks about most of the moments");
            Assert.That(straightAway.Questions.Select(question => question.User).Distinct(), Is.EquivalentTo(new[] { LearningBed.Alice, LearningBed.Bob, LearningBed.Carol }));
            Assert.That(straightAway.CommandRanAfterTheMessages, Is.True, "the command took effect after every message acknowledged before it");
            Assert.That(straightAway.ListenerErrors, Is.Empty);
            Assert.That(waited.ListenerErrors, Is.Empty);
        });
    }

    private static async Task<Outcome> PlayAsync(bool pauseBeforeResolving)
    {
        var clock = new ShiftableClock();
        await using var bed = await LearningBed.StartAsync(new Dictionary<string, string?> { ["Questions:CooldownAfterResolution"] = "00:30:00" }, clock);
        // The first message makes the bot look the channel up (is it named like an incident?); Slack takes its time.
        bed.Slack.Faults.Slow("conversations.info", TimeSpan.FromSeconds(5));

        foreach (var (user, text) in Script())
        {
            await bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, user, text);
            if (pauseBeforeResolving) await bed.DrainAsync();
        }

        var reply = await bed.LearnAsync("resolve", LearningBed.Alice, LearningBed.IncidentChannel);
        await bed.DrainAsync();
        var incident = bed.Incidents.All().Single();
        Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Resolved), reply.ToJsonString());

        clock.Skip(TimeSpan.FromMinutes(31));
        await Poll.UntilAsync(() => bed.Questions.IsPlanned(incident.Id), LearningBed.Generous, "the questions to be planned");
        await Poll.UntilAsync(() => bed.Questions.ForIncident(incident.Id).All(question => question.PostedTs is not null), LearningBed.Generous, "the questions to be posted");

        var records = bed.Bot.Inbox.All();
        var command = records.Single(record => record.Kind == EnvelopeKind.Command);
        var messages = records.Where(record => record.Kind == EnvelopeKind.Event).ToList();
        return new Outcome(
            reply["text"]!.GetValue<string>(),
            bed.IncidentMessages.ForIncident(incident.Id).Count,
            bed.Moments.ForIncident(incident.Id).Select(moment => (moment.UserId, moment.Text, moment.Category.ToString())).ToList(),
            bed.Questions.ForIncident(incident.Id)
                .Select(question => new AskedAbout(question.UserId, bed.Moments.Find(question.MomentId)!.Text, question.Category.ToString()))
                .ToList(),
            messages.All(message => message.Sequence < command.Sequence && message.ProcessedAt <= command.ProcessedAt && message.Status == InboxStatus.Processed),
            bed.ListenerErrors());
    }

    private sealed record AskedAbout(string User, string MomentText, string Category);

    private sealed record Outcome(
        string Reply,
        int MessagesKept,
        IReadOnlyList<(string User, string Text, string Category)> Moments,
        IReadOnlyList<AskedAbout> Questions,
        bool CommandRanAfterTheMessages,
        IReadOnlyList<string> ListenerErrors);
}
