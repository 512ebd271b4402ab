namespace SlackBot.Features.Questions;

/// <summary>
/// Questions (keyed by <see cref="AskedQuestion.Id"/>: one per moment), the record that an incident's questions were
/// planned, and "Not relevant" feedback. Every implementation keeps the contract in <c>docs/storage-contract.md</c>
/// ("Questions").
/// </summary>
public interface IQuestionStore
{
    Task<AskedQuestion?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The incident's questions, oldest first (<see cref="AskedQuestion.CreatedAt"/>).</summary>
    Task<IReadOnlyList<AskedQuestion>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>The questions for one person, oldest first (<see cref="AskedQuestion.CreatedAt"/>). Indexed (user).</summary>
    Task<IReadOnlyList<AskedQuestion>> ForUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Every question, oldest first.</summary>
    Task<IReadOnlyList<AskedQuestion>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Scheduled or snoozed questions whose release time is at or before <paramref name="now"/>, earliest release first. Indexed.</summary>
    Task<IReadOnlyList<AskedQuestion>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Posted questions a reply in this thread may answer: the moment's thread (channel + root ts) for thread delivery,
    /// or a reply to the question message itself (a direct message), earliest post first.
    /// </summary>
    Task<IReadOnlyList<AskedQuestion>> AskedInThreadAsync(string channelId, string threadTs, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="AskedQuestion.Id"/>.</summary>
    Task SaveAsync(AskedQuestion question, CancellationToken cancellationToken);

    /// <summary>What planning has done for the incident so far; null before its first pass.</summary>
    Task<QuestionPlan?> PlanForAsync(string incidentId, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="QuestionPlan.Id"/> (the incident's id).</summary>
    Task SavePlanAsync(QuestionPlan plan, CancellationToken cancellationToken);

    /// <summary>Upserts by <see cref="QuestionFeedback.Id"/>: the same feedback saved twice counts once.</summary>
    Task SaveFeedbackAsync(QuestionFeedback feedback, CancellationToken cancellationToken);

    /// <summary>Phrasings marked "Not relevant" at least <paramref name="times"/> times.</summary>
    Task<IReadOnlySet<string>> RetiredTemplatesAsync(int times, CancellationToken cancellationToken);
}
