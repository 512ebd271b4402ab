using LiteDB;
using SlackBot.Features.Findings;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Theme tallies of findings by UTC day (collection <c>finding_day_tallies</c>), a cache the finding writes keep honest:
/// every write, deletion or withdrawal of a finding deletes the tally of its day in the same transaction, and a day
/// without a tally is counted from its findings the next time it is read.
/// </summary>
internal static class LiteDbFindingTallies
{
    private static ILiteCollection<FindingDayTally> Days(LiteDbDatabase database) =>
        database.Collection<FindingDayTally>(LiteDbCollections.FindingDayTallies);

    /// <summary>Forgets the tally of the day <paramref name="createdAt"/> falls on; call inside the finding write's transaction.</summary>
    public static void Forget(LiteDbDatabase database, DateTimeOffset createdAt) => Days(database).Delete(DayNumber(createdAt));

    public static IReadOnlyList<FindingThemeTally> Between(LiteDbDatabase database, ILiteCollection<Finding> findings, DateTimeOffset from, DateTimeOffset to)
    {
        var firstHour = FindingThemeTally.HourOf(from) < from ? FindingThemeTally.HourOf(from).AddHours(1) : from;
        if (firstHour >= to) return [];
        var firstDay = DayNumber(firstHour);
        var lastDay = DayNumber(to.AddTicks(-1));
        var days = Read(database, firstDay, lastDay);
        if (days.Count < lastDay - firstDay + 1) days = CountMissing(database, findings, firstDay, lastDay);
        return days.Values
            .SelectMany(day => day.Entries.Select(entry => entry.ToTally(day.Id)))
            .Where(tally => tally.Hour >= firstHour && tally.Hour < to)
            .OrderBy(tally => tally.Hour)
            .ToList();
    }

    private static Dictionary<long, FindingDayTally> CountMissing(LiteDbDatabase database, ILiteCollection<Finding> findings, long firstDay, long lastDay) =>
        database.InTransaction(() =>
        {
            // Writing first takes the tallies' lock before the findings are read: a finding written meanwhile either
            // is read here or deletes this tally after it commits, never neither.
            var days = Days(database);
            var known = Read(database, firstDay, lastDay);
            var missing = Enumerable.Range(0, (int)(lastDay - firstDay + 1)).Select(offset => firstDay + offset).Where(day => !known.ContainsKey(day)).ToList();
            days.Upsert(new FindingDayTally { Id = missing[0] });
            foreach (var run in Runs(missing))
            {
                var start = Start(run.First);
                var end = Start(run.Last + 1);
                var counted = FindingThemeTally.Of(findings.Find(LiteDbFindingStore.CreatedBetweenQuery(start, end)).Where(finding => finding.CreatedAt < end))
                    .ToLookup(tally => DayNumber(tally.Hour));
                for (var day = run.First; day <= run.Last; day++)
                {
                    var tally = new FindingDayTally { Id = day, Entries = counted[day].Select(TallyEntry.From).ToList() };
                    days.Upsert(tally);
                    known[day] = tally;
                }
            }

            return known;
        });

    private static Dictionary<long, FindingDayTally> Read(LiteDbDatabase database, long firstDay, long lastDay) =>
        Days(database).Find(RangeQuery.Between("_id", new BsonValue(firstDay), new BsonValue(lastDay))).ToDictionary(day => day.Id);

    private static IEnumerable<(long First, long Last)> Runs(List<long> days)
    {
        var first = days[0];
        for (var index = 1; index <= days.Count; index++)
        {
            if (index < days.Count && days[index] == days[index - 1] + 1) continue;
            yield return (first, days[index - 1]);
            if (index < days.Count) first = days[index];
        }
    }

    private static long DayNumber(DateTimeOffset at) => at.UtcTicks / TimeSpan.TicksPerDay;

    private static DateTimeOffset Start(long day) => new(day * TimeSpan.TicksPerDay, TimeSpan.Zero);

    /// <summary>One UTC day's tallies; <see cref="Id"/> is the day's number since 0001-01-01.</summary>
    internal sealed class FindingDayTally
    {
        public long Id { get; set; }
        public List<TallyEntry> Entries { get; set; } = [];
    }

    /// <summary>One tally of a day, its hour as 0–23.</summary>
    internal sealed class TallyEntry
    {
        public int Hour { get; set; }
        public string? IncidentId { get; set; }
        public string? RestrictedTo { get; set; }
        public string Theme { get; set; } = "";
        public int Count { get; set; }

        public static TallyEntry From(FindingThemeTally tally) => new()
        {
            Hour = tally.Hour.Hour, IncidentId = tally.IncidentId, RestrictedTo = tally.RestrictedTo, Theme = tally.Theme, Count = tally.Count,
        };

        public FindingThemeTally ToTally(long day) => new(Start(day).AddHours(Hour), IncidentId, RestrictedTo, Theme, Count);
    }
}
