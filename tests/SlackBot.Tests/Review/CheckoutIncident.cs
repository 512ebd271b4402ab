using SlackBot.Features.Findings;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Review;

/// <summary>
/// A realistic incident with four people: answered, open, snoozed, declined and never-asked moments; a time, a figure and
/// a cause on which accounts differ, and accounts that agree; someone named as the only one who knows; a finding from a
/// private channel; a fix idea.
/// </summary>
internal sealed class CheckoutIncident
{
    public const string Alice = "U0ALICE01";
    public const string Bob = "U0BOB0001";
    public const string Carol = "U0CAROL01";
    public const string Dave = "U0DAVE001";
    public const string Erin = "U0ERIN001";

    public CheckoutIncident()
    {
        Script = new IncidentScript()
            .Person(Alice, "alice").Person(Bob, "bob").Person(Carol, "carol").Person(Dave, "dave").Person(Erin, "erin")
            .ResolvedBy(Carol);

        Script.Say(Carol, 2, "hi all, joining — checkout p99 is at 4s and climbing");
        FirstErrors = Script.Moment(Alice, 8, "the 5xx errors started at 14:05 right after the deploy finished, I saw it on the checkout dashboard",
            MomentCategory.CuesAndNoticing, "I saw it on the checkout dashboard");
        SkippedFailover = Script.Moment(Bob, 10, "I skipped the failover step in the runbook because the replica was 40 minutes behind",
            MomentCategory.WorkaroundsAndSkippedSteps, "I skipped the failover step in the runbook");
        Script.Say(Dave, 12, "it was only about 5 minutes behind when I looked at the replica dashboard", SkippedFailover.Ts);
        Script.Say(Erin, 13, "+1, the replica dashboard is what I watch too", SkippedFailover.Ts);
        RetryWorker = Script.Moment(Carol, 15, "only <@U0DAVE001> knows how the retry worker drains the queue, pulling him in",
            MomentCategory.Expertise, "only @U0DAVE001 knows how the retry worker drains the queue");
        OneLiner = Script.Moment(Bob, 20, "ran my old one-liner to requeue the stuck orders by hand",
            MomentCategory.ScriptsAndTools, "ran my old one-liner to requeue the stuck orders");
        Script.Say(Dave, 30, "the replica lag was caused by the nightly backfill job");
        DrainByHand = Script.Moment(Dave, 35, "I know from last time that the retry worker needs a manual drain after a failover",
            MomentCategory.Expertise, "I know from last time that the retry worker needs a manual drain");
        PoolSurprise = Script.Moment(Alice, 40, "weird, the connection pool limit was 20 and not 200 like I expected",
            MomentCategory.Surprises, "the connection pool limit was 20 and not 200 like I expected");
        Script.Say(Carol, 70, "error rate is back to normal, resolving");

        FirstErrorsQuestion = Script.Ask(FirstErrors, QuestionStatus.Answered,
            "<@U0ALICE01> you wrote “I saw it on the checkout dashboard”. What were you looking at when that caught your eye?", "cues-first-signal", 160);
        CarolOnFirstErrors = Script.Answer(FirstErrorsQuestion, Carol, 170, "from the status page checks it started at 14:20, the alerts only came later", subjects: ["alerting"]);
        AliceOnFirstErrors = Script.Answer(FirstErrorsQuestion, Alice, 175, "the p99 panel on the checkout dashboard, it is the one I open first every morning", subjects: ["dashboards"]);

        SkippedFailoverQuestion = Script.Ask(SkippedFailover, QuestionStatus.Answered,
            "<@U0BOB0001>, about “I skipped the failover step in the runbook”: what did following it look like at that moment?", "workaround-official-way", 161);
        BobOnSkippedFailover = Script.Answer(SkippedFailoverQuestion, Bob, 180,
            "it was the vacuum on orders-db that caused the lag, not the backfill; failing over onto a stale replica would have lost orders", modal: true,
            subjects: ["databases", "caches and queues"]);

        RetryWorkerQuestion = Script.Ask(RetryWorker, QuestionStatus.Posted,
            "<@U0CAROL01>, “only @dave knows how the retry worker drains the queue”: how did you know whom to ask?", "help-how-you-knew", 162);
        Script.Ask(OneLiner, QuestionStatus.Dismissed,
            "<@U0BOB0001>, where did “ran my old one-liner” come from, and who else has it?", "scripts-where-from", 163);
        Script.Ask(PoolSurprise, QuestionStatus.Snoozed,
            "<@U0ALICE01> “the connection pool limit was 20”: what did you expect instead?", "surprise-expected-instead", 164);

        Script.Note(Alice, 200, "the runbook's failover step assumes the replica is current; nobody checks the lag first",
            MomentCategory.WorkaroundsAndSkippedSteps, subjects: ["runbooks", "databases", "caches and queues"]);
        PrivateFinding = Script.Note(Dave, 205, "the drain script lives in a private gist that only the payments on-call can see",
            MomentCategory.ScriptsAndTools, fromPrivateChannel: true, subjects: ["scripts and queries", "on-call and handoffs"]);
        Script.Idea(Erin, 210, "add an alert on replica lag above 10 minutes");
    }

    public IncidentScript Script { get; }

    public Moment FirstErrors { get; }
    public Moment SkippedFailover { get; }
    public Moment RetryWorker { get; }
    public Moment OneLiner { get; }
    public Moment DrainByHand { get; }
    public Moment PoolSurprise { get; }

    public AskedQuestion FirstErrorsQuestion { get; }
    public AskedQuestion SkippedFailoverQuestion { get; }
    public AskedQuestion RetryWorkerQuestion { get; }

    public Finding CarolOnFirstErrors { get; }
    public Finding AliceOnFirstErrors { get; }
    public Finding BobOnSkippedFailover { get; }
    public Finding PrivateFinding { get; }

    public string NameOf(string id) => Script.NameOf(id);
}
