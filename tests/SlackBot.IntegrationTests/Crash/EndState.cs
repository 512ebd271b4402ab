using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>
/// What the data file holds after a run, in words that do not depend on when the run happened (message texts instead
/// of timestamps), so an undisturbed run and a crashed one can be compared line by line. Processed envelopes are not
/// counted here: the week the run lets pass prunes them; <see cref="CrashOutcome.ProcessedIds"/> counts them from the log.
/// </summary>
public sealed record EndState(
    IReadOnlyList<string> Incidents,
    IReadOnlyList<string> Moments,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> SentDigests,
    IReadOnlyList<string> ParkedOutbox,
    IReadOnlyList<string> FailedEnvelopes,
    IReadOnlyList<string> PendingInbox,
    IReadOnlyList<string> PendingOutbox)
{
    /// <param name="texts">Every message the run posted, by ts.</param>
    public static EndState Read(string dataFile, IReadOnlyDictionary<string, string> texts)
    {
        using var database = LiteDbDatabase.OpenFile(dataFile);
        var none = CancellationToken.None;
        string Words(string ts) => texts.TryGetValue(ts, out var text) ? text : "(unknown message " + ts + ")";

        var incidents = new LiteDbIncidentStore(database).AllAsync(none).GetAwaiter().GetResult()
            .Select(incident => $"{incident.ChannelId} {incident.ChannelName} {incident.Status}");
        var moments = new LiteDbMomentStore(database).AllAsync(none).GetAwaiter().GetResult()
            .Select(moment => $"{moment.UserId}: {Words(moment.Ts)} [{moment.Category}]");
        var questions = new LiteDbQuestionStore(database).AllAsync(none).GetAwaiter().GetResult()
            .Select(question => $"{question.UserId} about '{Words(question.MomentTs)}': {question.Status}, posted {(question.PostedTs is null ? "no" : "yes")}");
        var findings = new LiteDbFindingStore(database, []).AllAsync(none).GetAwaiter().GetResult()
            .Select(finding => $"{finding.Source} by {finding.AuthorId}: {finding.Text}");
        var digests = database.Lite.GetCollection(LiteDbCollections.SentDigests).FindAll()
            .Select(digest => $"{digest["ChannelId"].AsString} {digest["Findings"].AsInt32} finding(s), chart {(digest["ChartUploadedAt"].IsNull ? "missing" : "uploaded")}");
        var outbox = new LiteDbOutboxStore(database);
        var inbox = database.Collection<InboxRecord>(LiteDbInbox.CollectionName).FindAll().ToList();
        return new EndState(
            Sorted(incidents), Sorted(moments), Sorted(questions), Sorted(findings), Sorted(digests),
            Sorted(outbox.ReadParked(int.MaxValue).Select(row => $"{row.Kind} {row.LastError}")),
            Sorted(inbox.Where(record => record.Status == InboxStatus.Failed).Select(record => $"{record.Type} {record.Id}: {string.Join("; ", record.Errors)}")),
            Sorted(inbox.Where(record => record.Status == InboxStatus.Pending).Select(record => record.Id)),
            Sorted(outbox.ReadDue(DateTimeOffset.MaxValue, int.MaxValue).Select(row => row.Id)));
    }

    private static List<string> Sorted(IEnumerable<string> lines) => [.. lines.Order(StringComparer.Ordinal)];
}
