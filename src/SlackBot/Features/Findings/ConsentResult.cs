namespace SlackBot.Features.Findings;

/// <summary>What became of a request to withdraw a finding or change who sees it.</summary>
public enum ConsentOutcome
{
    /// <summary>Done as asked.</summary>
    Changed,
    /// <summary>It was already so (withdrawn before, or that visibility already): nothing to do.</summary>
    Unchanged,
    /// <summary>Only a finding's author may do this; nothing changed.</summary>
    NotTheAuthor,
    /// <summary>No such finding (never recorded, deleted with its message, or withdrawn by someone else).</summary>
    UnknownFinding,
    /// <summary>A visibility the bot does not know (a forged or outdated request); nothing changed.</summary>
    UnknownVisibility,
}

/// <summary>The outcome, and the finding as it is now (null once withdrawn or when unknown).</summary>
public sealed record ConsentResult(ConsentOutcome Outcome, Finding? Finding = null)
{
    public bool Succeeded => Outcome is ConsentOutcome.Changed or ConsentOutcome.Unchanged;
}
