namespace SlackBot.Features.Findings;

/// <summary>
/// The record that an author withdrew a finding: the finding itself is deleted, and this keeps its id so that no
/// writer (a re-sent reaction, a replayed answer, a re-import) brings it back. Only what that job needs is kept:
/// never the withdrawn text.
/// </summary>
public sealed record FindingWithdrawal
{
    /// <summary>The withdrawn finding's id.</summary>
    public string Id { get; init; } = "";
    public string AuthorId { get; init; } = "";
    public DateTimeOffset WithdrawnAt { get; init; }
}
