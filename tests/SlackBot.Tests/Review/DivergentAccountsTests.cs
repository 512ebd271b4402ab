using SlackBot.Features.Review;

namespace SlackBot.Tests.Review;

/// <summary>
/// Where accounts differ, on pairs of things people really write in incident channels: pairs that disagree (a time, a
/// cause, an owner, a figure, a negation, a correction) are flagged with the right reason, and pairs that agree, or
/// talk about different things, are not.
/// </summary>
public sealed class DivergentAccountsTests
{
    private const string Alice = "U0ALICE01";
    private const string Bob = "U0BOB0001";

    /// <summary>How the two accounts are related.</summary>
    public enum Relation
    {
        /// <summary>The second is a reply in the first's thread (or an answer about its moment).</summary>
        SameThread,
        /// <summary>Unrelated messages ten minutes apart.</summary>
        SameStretch,
        /// <summary>Unrelated messages five hours apart.</summary>
        FarApart,
    }

    public static IEnumerable<TestCaseData> Disagreeing()
    {
        static TestCaseData Case(string first, string second, Relation relation, DifferenceKind kind, string evidence) =>
            new TestCaseData(first, second, relation, kind, evidence).SetArgDisplayNames($"{kind}: {Short(second)}");

        yield return Case("the 5xx errors started at 14:05, right after the deploy finished",
            "from what I saw on the checkout dashboard it started at 14:20, well after the deploy", Relation.SameStretch, DifferenceKind.Time, "14:05 and 14:20");
        yield return Case("first alert fired at 2:05pm and I got paged",
            "the first page came in at 14:40 for me", Relation.SameThread, DifferenceKind.Time, "2:05pm");
        yield return Case("we rolled back at 14:30 and errors dropped",
            "the rollback was done by 15:10, it took ages to get through CI", Relation.SameStretch, DifferenceKind.Time, "the rollback");
        yield return Case("the replica lag was caused by the nightly backfill job",
            "it was the vacuum on orders-db that caused the lag, not the backfill", Relation.SameStretch, DifferenceKind.Cause, "backfill");
        yield return Case("I'm fairly sure the redis failover caused the timeouts",
            "the timeouts came from the connection pool limit on the api, redis was fine", Relation.SameThread, DifferenceKind.Cause, "connection pool limit");
        yield return Case("the checkout slowness is due to the new fraud check",
            "it wasn't the fraud check, the slowness came from the payment provider's API", Relation.SameThread, DifferenceKind.Cause, "fraud check");
        yield return Case("that cache is owned by the platform team",
            "no, the payments team owns that cache since the migration", Relation.SameThread, DifferenceKind.Owner, "platform");
        yield return Case("the replica was 40 minutes behind when we checked",
            "it was only about 5 minutes behind by then", Relation.SameThread, DifferenceKind.Number, "40 minutes");
        yield return Case("error rate peaked at 30% on checkout",
            "checkout error rate never went above 5% on my dashboard", Relation.SameStretch, DifferenceKind.Number, "30%");
        yield return Case("we failed over to the secondary at 14:30",
            "we never failed over, we waited for the primary to recover", Relation.SameThread, DifferenceKind.Negation, "never");
        yield return Case("the feature flag was turned off for all merchants",
            "the feature flag wasn't turned off for the EU merchants", Relation.SameStretch, DifferenceKind.Negation, "flag");
        yield return Case("the first thing I noticed was the checkout latency graph going red",
            "Actually the first signal was a support ticket from a merchant about checkout", Relation.SameThread, DifferenceKind.Correction, "actually");
        yield return Case("the queue consumers were restarted by the deploy pipeline",
            "not quite, the consumers were restarted by hand after the pipeline hung", Relation.SameStretch, DifferenceKind.Correction, "not quite");
    }

    public static IEnumerable<TestCaseData> Agreeing()
    {
        static TestCaseData Case(string first, string second, Relation relation) =>
            new TestCaseData(first, second, relation).SetArgDisplayNames(Short(second));

        yield return Case("the errors started at 14:05", "yes, it started around 14:06 for us too", Relation.SameThread);
        yield return Case("alert fired at 2:05pm", "same here, the alert fired at 14:05 for me", Relation.SameStretch);
        yield return Case("the nightly backfill job caused the replica lag", "agreed, the backfill job was behind the lag", Relation.SameThread);
        yield return Case("the backfill job caused the lag", "yep the lag was caused by the backfill, I checked its logs", Relation.SameThread);
        yield return Case("the replica was 40 minutes behind", "40 min behind, I saw the same on the replica graph", Relation.SameThread);
        yield return Case("we failed over at 14:30", "the failover at 14:30 went fine", Relation.SameStretch);
        yield return Case("deployed the fix at 14:05", "rolled back at 14:20 because the fix made it worse", Relation.SameStretch);
        yield return Case("restarting the checkout pods now", "Actually the status page needs an update too", Relation.SameStretch);
        yield return Case("it's not the database, CPU is fine there", "agreed, not the database", Relation.SameThread);
        yield return Case("I'm not sure the cache was involved", "the cache was involved, we saw evictions", Relation.SameThread);
        yield return Case("the errors started at 14:05", "the backfill started at 19:30 as usual", Relation.FarApart);
        yield return Case("the deploy went out at 14:00 and p99 jumped", "did the deploy go out at 14:30?", Relation.SameThread);
        yield return Case("latency went from 200ms to 2000ms", "p99 was 2000ms at the worst point", Relation.SameStretch);
        yield return Case("thanks, pulling in the db folks", "no worries, I'm here", Relation.SameThread);
    }

    [TestCaseSource(nameof(Disagreeing))]
    public void Accounts_that_do_not_agree_are_put_side_by_side(string first, string second, Relation relation, DifferenceKind kind, string evidence)
    {
        var (earlier, later) = Pair(first, second, relation);

        var difference = DivergentAccounts.Find([later, earlier]).SingleOrDefault();

        Assert.That(difference, Is.Not.Null, "the accounts differ");
        Assert.Multiple(() =>
        {
            Assert.That(difference!.Kind, Is.EqualTo(kind), difference.Explanation);
            Assert.That(difference.Explanation, Does.Contain(evidence).IgnoreCase, "the reason quotes what differs");
            Assert.That(difference.Earlier, Is.EqualTo(earlier), "in the order they were said");
            Assert.That(difference.Later, Is.EqualTo(later));
        });
    }

    [TestCaseSource(nameof(Agreeing))]
    public void Accounts_that_agree_or_talk_about_different_things_are_not_flagged(string first, string second, Relation relation)
    {
        var (earlier, later) = Pair(first, second, relation);

        var differences = DivergentAccounts.Find([earlier, later]);

        Assert.That(differences, Is.Empty, () => string.Join("; ", differences.Select(difference => $"{difference.Kind}: {difference.Explanation}")));
    }

    [Test]
    public void One_person_changing_their_mind_is_not_two_accounts()
    {
        var (earlier, later) = Pair("the errors started at 14:05", "correction: it started at 14:20", Relation.SameThread);

        Assert.That(DivergentAccounts.Find([earlier, later with { AuthorId = Alice }]), Is.Empty);
    }

    [Test]
    public void An_answer_given_a_day_later_is_compared_with_the_moment_it_is_about()
    {
        var moment = new Account("C1:1", Alice, "the errors started at 14:05", At(14, 10), AccountSource.Message) { MomentId = "C1:1", AboutAt = At(14, 10) };
        var answer = new Account("modal:q:C1:1:bob", Bob, "from my side it started at 14:40", At(14, 10).AddDays(1), AccountSource.Finding)
        {
            MomentId = "C1:1",
            AboutAt = At(14, 10),
        };

        var difference = DivergentAccounts.Find([moment, answer]).Single();

        Assert.That((difference.Kind, difference.Earlier.Key, difference.Later.Key), Is.EqualTo((DifferenceKind.Time, moment.Key, answer.Key)));
    }

    [Test]
    public void Each_pair_is_reported_once_with_its_strongest_difference()
    {
        var (earlier, later) = Pair("the deploy caused it, errors started at 14:05",
            "Actually no, errors started at 14:25 and the cause was the cache eviction", Relation.SameThread);

        var differences = DivergentAccounts.Find([earlier, later]);

        Assert.That(differences.Select(difference => difference.Kind), Is.EqualTo(new[] { DifferenceKind.Time }));
    }

    private static (Account Earlier, Account Later) Pair(string first, string second, Relation relation)
    {
        var firstAt = At(14, 10);
        var secondAt = relation switch
        {
            Relation.SameThread => At(14, 14),
            Relation.SameStretch => At(14, 20),
            _ => At(19, 10),
        };
        var earlier = new Account("C1:1000.000001", Alice, first, firstAt, AccountSource.Message) { ThreadKey = "C1:1000.000001", AboutAt = firstAt };
        var later = new Account("C1:1000.000002", Bob, second, secondAt, AccountSource.Message)
        {
            ThreadKey = relation == Relation.SameThread ? earlier.ThreadKey : "C1:1000.000002",
            AboutAt = relation == Relation.SameThread ? firstAt : secondAt,
        };
        return (earlier, later);
    }

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 5, hour, minute, 0, TimeSpan.Zero);

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
