using LiteDB;
using SlackBot.Storage;

namespace SlackBot.Features.Questions;

/// <summary>Questions, plans and feedback in LiteDB (collections <c>questions</c>, <c>question_plans</c>, <c>question_feedback</c>).</summary>
public sealed class QuestionStore
{
    private readonly ILiteCollection<AskedQuestion> _questions;
    private readonly ILiteCollection<QuestionPlan> _plans;
    private readonly ILiteCollection<QuestionFeedback> _feedback;

    public QuestionStore(Database database)
    {
        _questions = database.Collection<AskedQuestion>("questions");
        _questions.EnsureIndex(question => question.IncidentId);
        _questions.EnsureIndex(question => question.Status);
        _questions.EnsureIndex(question => question.ThreadRootTs);
        _questions.EnsureIndex(question => question.PostedTs);
        _questions.EnsureIndex(question => question.AwaitingReleaseAt);
        StoreUpgrades.Once(database, "questions.awaiting-release-at", () => StoreAwaitingReleaseAt(database));
        _plans = database.Collection<QuestionPlan>("question_plans");
        _feedback = database.Collection<QuestionFeedback>("question_feedback");
    }

    public AskedQuestion? Find(string id) => _questions.FindById(id);

    public IReadOnlyList<AskedQuestion> ForIncident(string incidentId) =>
        _questions.Find(question => question.IncidentId == incidentId).OrderBy(question => question.CreatedAt).ToList();

    public IReadOnlyList<AskedQuestion> All() => _questions.FindAll().OrderBy(question => question.CreatedAt).ToList();

    /// <summary>Scheduled or snoozed questions whose time has come: a range of the <see cref="AskedQuestion.AwaitingReleaseAt"/> index.</summary>
    public IReadOnlyList<AskedQuestion> Due(DateTimeOffset now) =>
        _questions.Find(DueQuery(now)).OrderBy(question => question.ReleaseAt).ToList();

    /// <summary>The query behind <see cref="Due"/>; a range query, because nulls sort before every date.</summary>
    internal static BsonExpression DueQuery(DateTimeOffset now) =>
        Query.Between("$." + nameof(AskedQuestion.AwaitingReleaseAt), new BsonValue(DateTime.MinValue), new BsonValue(now.UtcDateTime));

    /// <summary>Questions posted into a thread: the moment's thread (channel + root ts) or a reply to the question message itself.</summary>
    public IReadOnlyList<AskedQuestion> AskedInThread(string channelId, string threadTs) =>
        _questions.Find(question => (question.ChannelId == channelId && question.ThreadRootTs == threadTs) || question.PostedTs == threadTs)
            .Where(question => question.PostedTs is not null && (question.Delivery == QuestionDelivery.Thread ? question.ChannelId == channelId : question.PostedChannel == channelId))
            .OrderBy(question => question.PostedAt)
            .ToList();

    public void Save(AskedQuestion question) => _questions.Upsert(question);

    public bool IsPlanned(string incidentId) => _plans.FindById(incidentId) is not null;

    /// <summary>What planning has done for the incident so far; null before its first pass.</summary>
    public QuestionPlan? PlanFor(string incidentId) => _plans.FindById(incidentId);

    public void SavePlan(QuestionPlan plan) => _plans.Upsert(plan);

    public void SaveFeedback(QuestionFeedback feedback) => _feedback.Upsert(feedback);

    /// <summary>
    /// Waiting questions written before <see cref="AskedQuestion.AwaitingReleaseAt"/> was stored lack it, and would never
    /// be found due: save them once more.
    /// </summary>
    private void StoreAwaitingReleaseAt(Database database)
    {
        var documents = database.Lite.GetCollection("questions");
        var waiting = Query.Or(Query.EQ(nameof(AskedQuestion.Status), nameof(QuestionStatus.Scheduled)), Query.EQ(nameof(AskedQuestion.Status), nameof(QuestionStatus.Snoozed)));
        foreach (var document in documents.Find(waiting).ToList()) Save(database.Lite.Mapper.ToObject<AskedQuestion>(document));
    }

    /// <summary>Phrasings marked "Not relevant" at least <paramref name="times"/> times.</summary>
    public IReadOnlySet<string> RetiredTemplates(int times) =>
        _feedback.FindAll().GroupBy(feedback => feedback.TemplateId).Where(group => group.Count() >= times).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
}
