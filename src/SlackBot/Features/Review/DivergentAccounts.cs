namespace SlackBot.Features.Review;

/// <summary>
/// Finds where two people's accounts of the same moment or the same stretch of time do not agree. A heuristic, kept
/// explainable on purpose: two accounts are compared when they share a moment or a thread, or were said about times
/// close together; they differ when they give different clock times for the same kind of event, name different causes
/// or owners (or one rules out the other's cause), give different figures for the same thing, when one negates what the
/// other states, or when the later one opens by correcting ("actually…", "no, …"). Accounts that open by agreeing are
/// never read as a negation or a correction.
/// </summary>
public static class DivergentAccounts
{
    /// <summary>Accounts said about times this close are taken to be about the same stretch of the incident.</summary>
    public static readonly TimeSpan SameStretch = TimeSpan.FromMinutes(30);

    /// <summary>Clock times for the same event are compared over a longer span: the event word ties them together.</summary>
    public static readonly TimeSpan SameEventSpan = TimeSpan.FromHours(3);

    /// <summary>People round; times this close agree.</summary>
    private const int MinutesTolerance = 5;

    /// <summary>Figures within this fraction of each other agree ("about 40" and "42").</summary>
    private const double FigureTolerance = 0.2;

    /// <summary>A review can discuss only so many; past this the pack has the first ones, in order.</summary>
    public const int MaxDifferences = 100;

    /// <summary>One account that differs from a crowd is shown against the first few only.</summary>
    public const int MaxPerAccount = 3;

    /// <summary>Differences between accounts by different people, in the order of what they are about.</summary>
    public static IReadOnlyList<AccountDifference> Find(IReadOnlyList<Account> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var read = accounts
            .Where(account => account.Text.Trim().Length > 0)
            .Select(account => (Account: account, Claims: AccountClaims.Read(account.Text)))
            .OrderBy(entry => entry.Account.AboutAt)
            .ThenBy(entry => entry.Account.SaidAt)
            .ToList();

        var differences = new List<AccountDifference>();
        var involved = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < read.Count && differences.Count < MaxDifferences; i++)
        {
            for (var j = i + 1; j < read.Count && read[j].Account.AboutAt - read[i].Account.AboutAt <= SameEventSpan; j++)
            {
                var (a, b) = (read[i], read[j]);
                if (a.Account.AuthorId == b.Account.AuthorId || !(a.Claims.HasSignals || b.Claims.HasSignals)) continue;
                if (involved.GetValueOrDefault(a.Account.Key) >= MaxPerAccount || involved.GetValueOrDefault(b.Account.Key) >= MaxPerAccount) continue;
                var (earlier, later) = a.Account.SaidAt <= b.Account.SaidAt ? (a, b) : (b, a);
                if (Compare(earlier.Account, earlier.Claims, later.Account, later.Claims) is not { } difference) continue;
                differences.Add(difference);
                involved[a.Account.Key] = involved.GetValueOrDefault(a.Account.Key) + 1;
                involved[b.Account.Key] = involved.GetValueOrDefault(b.Account.Key) + 1;
                if (differences.Count == MaxDifferences) break;
            }
        }

        return differences;
    }

    /// <summary>The strongest way two accounts differ, or null when they agree or are not about the same thing.</summary>
    internal static AccountDifference? Compare(Account earlier, AccountClaims first, Account later, AccountClaims second)
    {
        var sameSubject = earlier.SharesSubjectWith(later);
        var gap = (later.AboutAt - earlier.AboutAt).Duration();
        var sameStretch = sameSubject || gap <= SameStretch;

        var time = sameSubject || gap <= SameEventSpan ? DifferentTimes(first, second, sameSubject) : null;
        if (time is not null) return new AccountDifference(earlier, later, DifferenceKind.Time, time);
        if (!sameStretch) return null;

        if ((DifferentAttributions(first.Causes, second.Causes, "causes") ?? RuledOut(first, second)) is { } cause)
            return new AccountDifference(earlier, later, DifferenceKind.Cause, cause);
        if (DifferentAttributions(first.Owners, second.Owners, "owners") is { } owner)
            return new AccountDifference(earlier, later, DifferenceKind.Owner, owner);
        if (DifferentFigures(first, second) is { } figure)
            return new AccountDifference(earlier, later, DifferenceKind.Number, figure);
        if (first.OpensWithAgreement || second.OpensWithAgreement) return null;
        if (Negated(first, second, sameSubject) is { } negation)
            return new AccountDifference(earlier, later, DifferenceKind.Negation, negation);
        if (second.Correction is { } correction && (sameSubject || first.Terms.Intersect(second.Terms).Count() >= 2))
            return new AccountDifference(earlier, later, DifferenceKind.Correction, $"the later account opens by correcting (“{correction}…”)");
        return null;
    }

    private static string? DifferentTimes(AccountClaims first, AccountClaims second, bool sameSubject)
    {
        foreach (var group in first.Times.GroupBy(time => time.Event))
        {
            var theirs = second.Times.Where(time => time.Event == group.Key || (sameSubject && (time.Event == AccountClaims.UnspecifiedEvent || group.Key == AccountClaims.UnspecifiedEvent))).ToList();
            if (theirs.Count == 0 || group.Any(mine => theirs.Any(other => Agree(mine, other)))) continue;
            var label = group.Key == AccountClaims.UnspecifiedEvent ? theirs[0].Event : group.Key;
            var what = label == AccountClaims.UnspecifiedEvent ? "different times" : "different times for " + AccountClaims.LabelOf(label);
            return $"{what}: {group.First().Phrase} and {theirs[0].Phrase}";
        }

        return null;
    }

    /// <summary>Equal within the tolerance; "2:05" and "14:05" agree when either leaves out am/pm.</summary>
    private static bool Agree(TimeClaim a, TimeClaim b)
    {
        var gap = Math.Abs(a.Minutes - b.Minutes);
        gap = Math.Min(gap, 1440 - gap);
        if (!(a.HasMeridiem && b.HasMeridiem)) gap = Math.Min(gap, Math.Abs(gap - 720));
        return gap <= MinutesTolerance;
    }

    private static string? DifferentAttributions(IReadOnlyList<Attribution> first, IReadOnlyList<Attribution> second, string what)
    {
        foreach (var mine in first)
        {
            foreach (var theirs in second)
            {
                var sameThing = mine.Subject.Count == 0 || theirs.Subject.Count == 0 || mine.Subject.Overlaps(theirs.Subject);
                if (sameThing && !mine.Terms.Overlaps(theirs.Terms) && !AnyAgreeing(mine, second) && !AnyAgreeing(theirs, first))
                    return $"different {what}: “{mine.Phrase}” and “{theirs.Phrase}”";
            }
        }

        return null;
    }

    // "the backfill job caused it, and the vacuum made it worse": naming one of the other's causes too is agreement.
    private static bool AnyAgreeing(Attribution claim, IReadOnlyList<Attribution> others) =>
        others.Any(other => other.Terms.Overlaps(claim.Terms));

    private static string? RuledOut(AccountClaims first, AccountClaims second)
    {
        foreach (var (causes, denials) in new[] { (first.Causes, second.Denials), (second.Causes, first.Denials) })
        {
            foreach (var cause in causes)
            {
                if (denials.FirstOrDefault(denial => denial.Terms.Overlaps(cause.Terms)) is { } denial)
                    return $"one names “{cause.Phrase}” as the cause, the other says not {denial.Phrase}";
            }
        }

        return null;
    }

    private static string? DifferentFigures(AccountClaims first, AccountClaims second)
    {
        foreach (var group in first.Quantities.GroupBy(quantity => quantity.Unit))
        {
            var context = group.SelectMany(quantity => quantity.Context).ToHashSet(StringComparer.Ordinal);
            var theirs = second.Quantities.Where(quantity => quantity.Unit == group.Key && quantity.Context.Overlaps(context)).ToList();
            if (theirs.Count == 0 || group.Any(mine => theirs.Any(other => Close(mine.Value, other.Value)))) continue;
            var about = theirs[0].Context.Intersect(context).OrderBy(term => term, StringComparer.Ordinal).First();
            return $"different figures for “{about}”: {group.First().Phrase} and {theirs[0].Phrase}";
        }

        return null;
    }

    private static bool Close(double a, double b) =>
        a == b || Math.Abs(a - b) <= FigureTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// One states what the other negates: a negated clause that mostly repeats the other's words ("we never failed over"
    /// against "we failed over to the secondary"). Hedges ("not sure") are not denials.
    /// </summary>
    private static string? Negated(AccountClaims first, AccountClaims second, bool sameSubject)
    {
        var needed = sameSubject ? 1 : 2;
        foreach (var (positive, negative) in new[] { (first, second), (second, first) })
        {
            foreach (var denial in negative.Statements.Where(statement => statement.Negated && !statement.Hedged && statement.Terms.Count > 0))
            {
                foreach (var statement in positive.Statements.Where(statement => !statement.Negated && !statement.Hedged))
                {
                    var shared = statement.Terms.Intersect(denial.Terms).Count();
                    if (shared >= needed && shared * 2 > denial.Terms.Count)
                        return ReferenceEquals(positive, first)
                            ? $"one says “{statement.Phrase}”, the other “{denial.Phrase}”"
                            : $"one says “{denial.Phrase}”, the other “{statement.Phrase}”";
                }
            }
        }

        return null;
    }
}
