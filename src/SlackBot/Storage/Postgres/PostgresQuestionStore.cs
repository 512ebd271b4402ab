using SlackBot.Features.Questions;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Questions in PostgreSQL (table <c>questions</c>, <c>Schema/001-questions.sql</c>), with the plans and the feedback
/// in their own tables (<see cref="PostgresQuestionPlanTable"/>, <see cref="PostgresQuestionFeedbackTable"/>).
/// </summary>
public sealed class PostgresQuestionStore(PostgresDatabase database, PostgresQuestionPlanTable plans, PostgresQuestionFeedbackTable feedbackTable)
    : PostgresDocumentTable<AskedQuestion>(database), IQuestionStore
{
    protected override string Table => "questions";

    protected override string IdOf(AskedQuestion document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(AskedQuestion document) =>
    [
        ("incident_id", document.IncidentId),
        ("user_id", document.UserId),
        ("channel_id", document.ChannelId),
        ("thread_root_ts", document.ThreadRootTs),
        ("status", document.Status),
        ("delivery", document.Delivery),
        ("created_at", document.CreatedAt),
        ("release_at", document.ReleaseAt),
        ("posted_channel", document.PostedChannel),
        ("posted_ts", document.PostedTs),
        ("posted_at", document.PostedAt),
    ];

    public Task<IReadOnlyList<AskedQuestion>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM questions WHERE incident_id = @incidentId ORDER BY created_at", new { incidentId }, cancellationToken);

    public Task<IReadOnlyList<AskedQuestion>> ForUserAsync(string userId, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM questions WHERE user_id = @userId ORDER BY created_at", new { userId }, cancellationToken);

    public Task<IReadOnlyList<AskedQuestion>> AllAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM questions ORDER BY created_at", null, cancellationToken);

    // The status list is written out as in the partial index (questions_due), so the planner uses it.
    public Task<IReadOnlyList<AskedQuestion>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        QueryAsync("SELECT doc FROM questions WHERE status IN ('Scheduled', 'Snoozed') AND release_at <= @now ORDER BY release_at",
            new { now = PostgresJson.Instant(now) }, cancellationToken);

    // A question about no moment has an empty ThreadRootTs; an empty thread ts is no thread at all.
    public async Task<IReadOnlyList<AskedQuestion>> AskedInThreadAsync(string channelId, string threadTs, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(threadTs) ? [] : await QueryAsync("""
            SELECT doc FROM questions
            WHERE posted_ts IS NOT NULL
              AND ((channel_id = @channelId AND thread_root_ts = @threadTs) OR posted_ts = @threadTs)
              AND (CASE WHEN delivery = @thread THEN channel_id = @channelId ELSE posted_channel = @channelId END)
            ORDER BY posted_at
            """, new { channelId, threadTs, thread = nameof(QuestionDelivery.Thread) }, cancellationToken);

    public Task<QuestionPlan?> PlanForAsync(string incidentId, CancellationToken cancellationToken) => plans.FindAsync(incidentId, cancellationToken);

    public Task SavePlanAsync(QuestionPlan plan, CancellationToken cancellationToken) => plans.SaveAsync(plan, cancellationToken);

    public Task SaveFeedbackAsync(QuestionFeedback feedback, CancellationToken cancellationToken) => feedbackTable.SaveAsync(feedback, cancellationToken);

    public Task<IReadOnlySet<string>> RetiredTemplatesAsync(int times, CancellationToken cancellationToken) => feedbackTable.TemplatesMarkedAsync(times, cancellationToken);
}
