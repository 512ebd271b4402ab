namespace SlackBot.Features.Digests;

/// <summary>
/// The pulse of the last few weeks' digests across every subscription, by ISO week of the period (UTC): how many
/// readers said "I learned something" and how many "Not this week". The product's own measure of whether it helps,
/// shown in <c>/learn status</c>. Reads a few digests per subscription, never the whole history.
/// </summary>
public sealed class DigestPulseTrend(IDigestSubscriptionStore subscriptions, ISentDigestStore sent)
{
    public const int Weeks = 4;

    /// <summary>Oldest week first; weeks whose digests got no votes are left out.</summary>
    public async Task<IReadOnlyList<PulseWeek>> RecentAsync(CancellationToken cancellationToken)
    {
        var digests = new List<SentDigest>();
        foreach (var subscription in await subscriptions.AllAsync(cancellationToken))
            digests.AddRange(await sent.LatestAsync(subscription.Id, Weeks, cancellationToken));

        var weeks = new List<PulseWeek>();
        foreach (var week in digests.GroupBy(digest => new DigestPeriod(digest.PeriodStart, digest.PeriodEnd).WeekLabel(TimeZoneInfo.Utc), StringComparer.Ordinal)
                     .OrderByDescending(group => group.Key, StringComparer.Ordinal).Take(Weeks))
        {
            int learned = 0, notThisWeek = 0;
            foreach (var digest in week)
            {
                var votes = await sent.VotesAsync(digest.Id, cancellationToken);
                learned += votes.Count(vote => vote.Learned);
                notThisWeek += votes.Count(vote => !vote.Learned);
            }

            if (learned + notThisWeek > 0) weeks.Add(new PulseWeek(week.Key, learned, notThisWeek));
        }

        weeks.Reverse();
        return weeks;
    }
}
