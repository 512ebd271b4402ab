using LiteDB;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Features.Questions;

/// <summary>Questions, plans and feedback in LiteDB (collections <c>questions</c>, <c>question_plans</c>, <c>question_feedback</c>).</summary>
public sealed class QuestionStore
{
    private readonly ILiteCollection<AskedQuestion> _questions;
    private readonly ILiteCollection<QuestionPlan> _plans;
    private readonly ILiteCollection<QuestionFeedback> _feedback;

    public QuestionStore(LiteDbDatabase database)
    {
        _questions = database.Collection<AskedQuestion>("questions");
        _questions.EnsureIndex(question => question.IncidentId);
        _questions.EnsureIndex(question => question.Status);
        _questions.EnsureIndex(question => question.ThreadRootTs);
        _questions.EnsureIndex(question => question.PostedTs);
        _plans = database.Collection<QuestionPlan>("question_plans");
        _feedback = database.Collection<QuestionFeedback>("question_feedback");
    }

    public AskedQuestion? Find(string id) => _questions.FindById(id);

    public IReadOnlyList<AskedQuestion> ForIncident(string incidentId) =>
        _questions.Find(question => question.IncidentId == incidentId).OrderBy(question => question.CreatedAt).ToList();

    public IReadOnlyList<AskedQuestion> All() => _questions.FindAll().OrderBy(question => question.CreatedAt).ToList();

    /// <summary>Scheduled or snoozed questions whose time has come.</summary>
    public IReadOnlyList<AskedQuestion> Due(DateTimeOffset now) =>
        _questions.Find(question => question.Status == QuestionStatus.Scheduled || question.Status == QuestionStatus.Snoozed)
            .Where(question => question.ReleaseAt <= now)
            .OrderBy(question => question.ReleaseAt)
            .ToList();

    /// <summary>Questions posted into a thread: the moment's thread (channel + root ts) or a reply to the question message itself.</summary>
    public IReadOnlyList<AskedQuestion> AskedInThread(string channelId, string threadTs) =>
        _questions.Find(question => (question.ChannelId == channelId && question.ThreadRootTs == threadTs) || question.PostedTs == threadTs)
            .Where(question => question.PostedTs is not null && (question.Delivery == QuestionDelivery.Thread ? question.ChannelId == channelId : question.PostedChannel == channelId))
            .OrderBy(question => question.PostedAt)
            .ToList();

    public void Save(AskedQuestion question) => _questions.Upsert(question);

    public bool IsPlanned(string incidentId) => _plans.FindById(incidentId) is not null;

    public void SavePlan(QuestionPlan plan) => _plans.Upsert(plan);

    public void SaveFeedback(QuestionFeedback feedback) => _feedback.Upsert(feedback);

    /// <summary>Phrasings marked "Not relevant" at least <paramref name="times"/> times.</summary>
    public IReadOnlySet<string> RetiredTemplates(int times) =>
        _feedback.FindAll().GroupBy(feedback => feedback.TemplateId).Where(group => group.Count() >= times).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
}
