using LiteDB;
using SlackBot.Features.Questions;

namespace SlackBot.Storage.LiteDb;

/// <summary>Questions, plans and feedback in LiteDB (collections <c>questions</c>, <c>question_plans</c>, <c>question_feedback</c>).</summary>
public sealed class LiteDbQuestionStore : IQuestionStore
{
    private readonly ILiteCollection<AskedQuestion> _questions;
    private readonly ILiteCollection<QuestionPlan> _plans;
    private readonly ILiteCollection<QuestionFeedback> _feedback;

    public LiteDbQuestionStore(LiteDbDatabase database)
    {
        _questions = database.Collection<AskedQuestion>(LiteDbCollections.Questions);
        _questions.EnsureIndex(question => question.IncidentId);
        _questions.EnsureIndex(question => question.UserId);
        _questions.EnsureIndex(question => question.Status);
        _questions.EnsureIndex(question => question.ThreadRootTs);
        _questions.EnsureIndex(question => question.PostedTs);
        _questions.EnsureIndex(question => question.AwaitingReleaseAt);
        StoreUpgrades.Once(database, "questions.awaiting-release-at", () => StoreAwaitingReleaseAt(database));
        _plans = database.Collection<QuestionPlan>(LiteDbCollections.QuestionPlans);
        _feedback = database.Collection<QuestionFeedback>(LiteDbCollections.QuestionFeedback);
    }

    public Task<AskedQuestion?> FindAsync(string id, CancellationToken cancellationToken) => Completed.Value(_questions.FindById(id));

    public Task<IReadOnlyList<AskedQuestion>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Completed.List(_questions.Find(question => question.IncidentId == incidentId).OrderBy(question => question.CreatedAt));

    public Task<IReadOnlyList<AskedQuestion>> ForUserAsync(string userId, CancellationToken cancellationToken) =>
        Completed.List(_questions.Find(question => question.UserId == userId).OrderBy(question => question.CreatedAt));

    public Task<IReadOnlyList<AskedQuestion>> AllAsync(CancellationToken cancellationToken) =>
        Completed.List(_questions.FindAll().OrderBy(question => question.CreatedAt));

    /// <summary>A range of the <see cref="AskedQuestion.AwaitingReleaseAt"/> index, which holds only waiting questions.</summary>
    public Task<IReadOnlyList<AskedQuestion>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Completed.List(_questions.Find(DueQuery(now)).OrderBy(question => question.ReleaseAt));

    /// <summary>The query behind <see cref="DueAsync"/>; a range query, because nulls sort before every date.</summary>
    internal static BsonExpression DueQuery(DateTimeOffset now) =>
        RangeQuery.Between("$." + nameof(AskedQuestion.AwaitingReleaseAt), new BsonValue(DateTime.MinValue), new BsonValue(now.UtcDateTime));

    // A question about no moment has an empty ThreadRootTs; an empty thread ts is no thread at all.
    public Task<IReadOnlyList<AskedQuestion>> AskedInThreadAsync(string channelId, string threadTs, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(threadTs) ? Completed.List<AskedQuestion>([]) : Completed.List(_questions.Find(question => (question.ChannelId == channelId && question.ThreadRootTs == threadTs) || question.PostedTs == threadTs)
            .Where(question => question.PostedTs is not null && (question.Delivery == QuestionDelivery.Thread ? question.ChannelId == channelId : question.PostedChannel == channelId))
            .OrderBy(question => question.PostedAt));

    public Task SaveAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        _questions.Upsert(question);
        return Task.CompletedTask;
    }

    public Task<QuestionPlan?> PlanForAsync(string incidentId, CancellationToken cancellationToken) => Completed.Value(_plans.FindById(incidentId));

    public Task SavePlanAsync(QuestionPlan plan, CancellationToken cancellationToken)
    {
        _plans.Upsert(plan);
        return Task.CompletedTask;
    }

    public Task SaveFeedbackAsync(QuestionFeedback feedback, CancellationToken cancellationToken)
    {
        _feedback.Upsert(feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> RetiredTemplatesAsync(int times, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(_feedback.FindAll().GroupBy(feedback => feedback.TemplateId).Where(group => group.Count() >= times)
            .Select(group => group.Key).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Waiting questions written before <see cref="AskedQuestion.AwaitingReleaseAt"/> was stored lack it, and would never
    /// be found due: save them once more.
    /// </summary>
    private void StoreAwaitingReleaseAt(LiteDbDatabase database)
    {
        var documents = database.Lite.GetCollection(LiteDbCollections.Questions);
        var waiting = Query.Or(Query.EQ(nameof(AskedQuestion.Status), nameof(QuestionStatus.Scheduled)), Query.EQ(nameof(AskedQuestion.Status), nameof(QuestionStatus.Snoozed)));
        foreach (var document in documents.Find(waiting).ToList()) _questions.Upsert(database.Lite.Mapper.ToObject<AskedQuestion>(document));
    }
}
