using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Support;

/// <summary>Synchronous reads and writes over the async store interfaces, for arranging and asserting in tests.</summary>
internal static class SyncStores
{
    public static Incident? Find(this IIncidentStore store, string id) => store.FindAsync(id, CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<Incident> All(this IIncidentStore store) => store.AllAsync(CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<Incident> WithStatus(this IIncidentStore store, IncidentStatus status) =>
        store.WithStatusAsync(status, CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<Incident> AwaitingQuestions(this IIncidentStore store, DateTimeOffset resolvedBy) =>
        store.AwaitingQuestionsAsync(resolvedBy, CancellationToken.None).GetAwaiter().GetResult();

    public static void Save(this IIncidentStore store, Incident incident) => store.SaveAsync(incident, CancellationToken.None).GetAwaiter().GetResult();

    public static Moment? Find(this IMomentStore store, string id) => store.FindAsync(id, CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<Moment> ForIncident(this IMomentStore store, string incidentId) =>
        store.ForIncidentAsync(incidentId, CancellationToken.None).GetAwaiter().GetResult();

    public static void Save(this IMomentStore store, Moment moment) => store.SaveAsync(moment, CancellationToken.None).GetAwaiter().GetResult();

    public static AskedQuestion? Find(this IQuestionStore store, string id) => store.FindAsync(id, CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<AskedQuestion> ForIncident(this IQuestionStore store, string incidentId) =>
        store.ForIncidentAsync(incidentId, CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<AskedQuestion> All(this IQuestionStore store) => store.AllAsync(CancellationToken.None).GetAwaiter().GetResult();

    public static void Save(this IQuestionStore store, AskedQuestion question) => store.SaveAsync(question, CancellationToken.None).GetAwaiter().GetResult();
}
