using System.Globalization;

namespace SlackBot.LoadTest;

/// <summary>
/// What people write during an incident, as templates with slots so no two messages are the same string: learning
/// moments (one or two per category the detector knows) and ordinary chatter (acknowledgements, status numbers).
/// None says the incident is resolved, so the incident stays open for the whole run.
/// </summary>
public static class ChannelTalk
{
    private static readonly string[] Services = ["checkout", "billing", "the gateway", "the importer", "search", "the ledger", "auth", "the payments API"];
    private static readonly string[] Things = ["replica", "cache", "queue", "connection pool", "load balancer", "cron job", "primary", "worker"];

    private static readonly string[] MomentTemplates =
    [
        "I caught a sawtooth pattern on the {service} heap graph right before each timeout",
        "what tipped me off was the retry counter climbing on shard {n}",
        "my hunch is the {thing} is serving stale keys after the resize, not the db",
        "that would explain why only {service} is slow, it shares that {thing}",
        "we can either fail over to the west region or wait {n} minutes for the vendor fix, I lean towards failing over",
        "decided to keep the old {service} build live for another day rather than force the upgrade",
        "typically the nightly export finishes by 3am, so seeing {service} still running at {n} is new",
        "I edited the row in production by hand to unblock order {n}",
        "the checklist says drain the node first, we skipped it because {thing} {n} was already dead",
        "I have a little bash loop that tails all {n} brokers at once, happy to share",
        "there's a saved search in my Kibana for exactly this {service} error signature",
        "TIL the {thing} retries POSTs by default",
        "weird, the {thing} took {n} minutes to fail over, not the forty seconds I expected",
        "turns out the staging config for {service} was pointing at the prod bucket all along",
        "I've seen this exact stack trace before on {service}, it was the JVM flag we dropped",
        "from experience, when the {thing} lag looks like a staircase it's a rebalance storm",
        "looping in the storage team, they know the {thing} better than us",
        "my shift ends in {n} minutes, passing {service} to the London team with notes in the doc",
        "we have maybe {n} minutes before the morning batch kicks off, no time to test the {service} patch properly",
    ];

    private static readonly string[] ChatterTemplates =
    [
        "ok",
        "on it",
        "thanks!",
        "looking at {service} now",
        "p99 {n}ms on {service}",
        "error rate {n}%",
        "queue depth {n}k",
        "+1",
        "ack, checking the {service} dashboards",
        "joining the call in {n}",
    ];

    private static readonly string[] Reactions = ["eyes", "+1", "white_check_mark", "fire", "pray"];

    public static string Moment(Random random) => Fill(Pick(random, MomentTemplates), random);

    public static string Chatter(Random random) => Fill(Pick(random, ChatterTemplates), random);

    public static string Reaction(Random random) => Pick(random, Reactions);

    /// <summary>A <c>/learn</c> sub-command people type during an incident.</summary>
    public static string LearnCommand(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(3) switch
        {
            0 => "status",
            1 => "search " + Pick(random, Things),
            _ => "search " + Pick(random, Services).Replace("the ", "", StringComparison.Ordinal) + " timeout",
        };
    }

    private static string Fill(string template, Random random) => template
        .Replace("{service}", Pick(random, Services), StringComparison.Ordinal)
        .Replace("{thing}", Pick(random, Things), StringComparison.Ordinal)
        .Replace("{n}", random.Next(2, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Pick(Random random, string[] choices)
    {
        ArgumentNullException.ThrowIfNull(random);
        return choices[random.Next(choices.Length)];
    }
}
