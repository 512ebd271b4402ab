namespace SlackBot.Features.Review;

/// <summary>How two accounts differ, strongest signal first.</summary>
public enum DifferenceKind
{
    /// <summary>Different clock times for the same kind of event ("started at 14:05" and "started at 14:20").</summary>
    Time,
    /// <summary>Different stated causes, or one denies the cause the other gives.</summary>
    Cause,
    /// <summary>Different owners named for the same thing.</summary>
    Owner,
    /// <summary>Different figures for the same quantity ("40 minutes behind" and "5 minutes behind").</summary>
    Number,
    /// <summary>One says something happened, the other that it did not.</summary>
    Negation,
    /// <summary>The later account corrects the earlier one ("actually…", "no, it was…").</summary>
    Correction,
}

/// <summary>
/// Two people's accounts of the same moment or time that do not agree, with what makes them differ. The difference is a
/// finding in itself (the shared picture was thin there); the pack puts both side by side and never decides who was right.
/// </summary>
/// <param name="Earlier">The account said first.</param>
/// <param name="Later">The account said second.</param>
/// <param name="Explanation">Plain words for the facilitator, e.g. "different times for when it started: 14:05 and 14:20".</param>
public sealed record AccountDifference(Account Earlier, Account Later, DifferenceKind Kind, string Explanation);
