using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Support;

// Synchronous reads of the bot's stores, for assertions and Poll predicates. The stores are async because a server
// database does I/O; the embedded one the tests run on completes at once, so waiting here costs nothing and keeps
// every predicate a one-liner.

public sealed class IncidentReads(IIncidentStore store)
{
    public Incident? Find(string id) => Sync.Wait(store.FindAsync(id, CancellationToken.None));

    public Incident? ActiveIn(string channelId) => Sync.Wait(store.ActiveInAsync(channelId, CancellationToken.None));

    public Incident? LatestIn(string channelId) => Sync.Wait(store.LatestInAsync(channelId, CancellationToken.None));

    public IReadOnlyList<Incident> All() => Sync.Wait(store.AllAsync(CancellationToken.None));
}

public sealed class IncidentMessageReads(IIncidentMessageStore store)
{
    public IncidentMessage? Find(string channelId, string ts) => Sync.Wait(store.FindAsync(channelId, ts, CancellationToken.None));

    public IReadOnlyList<IncidentMessage> ForIncident(string incidentId) => Sync.Wait(store.ForIncidentAsync(incidentId, CancellationToken.None));
}

public sealed class MomentReads(IMomentStore store)
{
    public Moment? Find(string id) => Sync.Wait(store.FindAsync(id, CancellationToken.None));

    public Moment? Find(string channelId, string ts) => Sync.Wait(store.FindAsync(channelId, ts, CancellationToken.None));

    public IReadOnlyList<Moment> ForIncident(string incidentId) => Sync.Wait(store.ForIncidentAsync(incidentId, CancellationToken.None));

    public IReadOnlyList<Moment> All() => Sync.Wait(store.AllAsync(CancellationToken.None));
}

public sealed class QuestionReads(IQuestionStore store)
{
    public AskedQuestion? Find(string id) => Sync.Wait(store.FindAsync(id, CancellationToken.None));

    public IReadOnlyList<AskedQuestion> ForIncident(string incidentId) => Sync.Wait(store.ForIncidentAsync(incidentId, CancellationToken.None));

    public IReadOnlyList<AskedQuestion> All() => Sync.Wait(store.AllAsync(CancellationToken.None));

    public bool IsPlanned(string incidentId) => PlanFor(incidentId) is not null;

    public QuestionPlan? PlanFor(string incidentId) => Sync.Wait(store.PlanForAsync(incidentId, CancellationToken.None));
}

public sealed class FindingReads(IFindingStore store)
{
    public Finding? Find(string id) => Sync.Wait(store.FindAsync(id, CancellationToken.None));

    public IReadOnlyList<Finding> ForIncident(string incidentId) => Sync.Wait(store.ForIncidentAsync(incidentId, CancellationToken.None));

    public IReadOnlyList<Finding> All() => Sync.Wait(store.AllAsync(CancellationToken.None));
}

internal static class Sync
{
    public static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();
}
