using System.Text.Json;
using SlackBot.Features.Findings;
using SlackBot.Features.Import.Export;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Api;
using SlackBot.Slack.Text;
using SlackBot.Storage;

namespace SlackBot.Features.Import;

/// <summary>
/// Backfills incidents, moments and findings from a Slack export into the store. Findings come from replies to
/// the bot's own questions (recognised by their Answer button) and from messages carrying the capture reaction.
/// Every id is natural (channel + ts), and a document is written only when it differs from what is stored, so
/// importing the same export again changes nothing. Imported incidents are history: no questions are planned. The
/// export's names of the people findings quote are cached (never over what Slack said), so digests and exports made
/// offline name them.
/// </summary>
public sealed class ExportImporter(
    IUnitOfWork unitOfWork,
    IIncidentStore incidents,
    IMomentStore moments,
    IFindingStore findings,
    IUserCache people,
    ExportReplay replay,
    ResolutionSignals signals,
    string captureReaction,
    TimeProvider time)
{
    public async Task<ImportSummary> ImportAsync(SlackExport export, Func<ExportChannel, bool> include, Uri? workspaceUrl = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var channels = export.Channels.Where(include).ToList();
        var summary = new ImportSummary();
        for (var index = 0; index < channels.Count; index++)
        {
            var channel = channels[index];
            var read = ReadChannel(export, channel, workspaceUrl, days => progress?.Report(new ImportProgress(channel.Name, index, channels.Count, days)));
            summary = await SaveAsync(read, summary with { ChannelsRead = summary.ChannelsRead + 1, MessagesRead = summary.MessagesRead + read.Messages }, cancellationToken);
            await RememberNamesAsync(export, read, cancellationToken);
        }

        return summary with { Problems = export.Problems.Count };
    }

    /// <summary>
    /// Caches the export's name for each person a finding of the channel quotes or is by, unless the bot already knows
    /// them. Marked as never refreshed, so the live bot still asks Slack before relying on it.
    /// </summary>
    private async Task RememberNamesAsync(SlackExport export, ChannelHistory history, CancellationToken cancellationToken)
    {
        var ids = history.Findings.Values.SelectMany(pending => SlackMentions.UsersIn(pending.Draft.Text).Prepend(pending.Draft.AuthorId)).Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (export.User(id) is not { IsBot: false } user || await people.FindAsync(id, cancellationToken) is not null) continue;
            await people.SaveAsync(new PersonInfo { Id = id, Name = user.Label, Tz = user.Tz, RefreshedAt = DateTimeOffset.MinValue }, cancellationToken);
        }
    }

    private ChannelHistory ReadChannel(SlackExport export, ExportChannel channel, Uri? workspaceUrl, Action<int> dayRead)
    {
        var history = new ChannelHistory(channel, replay.ForChannel(channel));
        var days = 0;
        foreach (var day in export.Days(channel))
        {
            foreach (var message in day.Messages) Read(history, message, workspaceUrl);
            dayRead(++days);
        }

        return history;
    }

    private void Read(ChannelHistory history, ExportMessage message, Uri? workspaceUrl)
    {
        history.Messages++;
        history.Last = Stored(message.Time);
        var fromHuman = message.IsFromHuman;
        var moment = history.Reader.Judge(message);

        if (history.ResolvedAt is null && (fromHuman || message.BotId is not null) && history.First is not null &&
            signals.IsResolution(message.Text, fromStatusBot: !fromHuman))
        {
            history.ResolvedAt = Stored(message.Time);
            history.ResolvedVia = fromHuman ? ResolutionSource.Message : ResolutionSource.StatusBot;
        }

        if (!fromHuman)
        {
            if (ExportReplay.IsBotQuestion(message) && message.IsThreadReply && AddresseeOf(message.Text) is { } addressee)
            {
                if (!history.QuestionsByThread.TryGetValue(message.ThreadTs!, out var inThread)) history.QuestionsByThread[message.ThreadTs!] = inThread = [];
                inThread.Add(new AskedInExport(message, addressee));
            }

            return;
        }

        history.First ??= Stored(message.Time);
        if (moment is not null) history.Moments.Add(moment);

        var permalink = Permalink(workspaceUrl, history.Channel.Id, message);
        if (message.IsThreadReply && history.QuestionsByThread.TryGetValue(message.ThreadTs!, out var asked))
            AnswerFromThread(history, message, asked, permalink);

        if (message.Reactions.Any(reaction => SlackEmoji.BaseName(reaction.Name) == captureReaction))
            history.Findings.TryAdd(Finding.IdForMessage(history.Channel.Id, message.Ts), new PendingFinding(
                new FindingDraft(Finding.IdForMessage(history.Channel.Id, message.Ts), message.Text ?? "", message.User!, FindingSource.Import)
                {
                    MomentId = Moment.IdFor(history.Channel.Id, message.Ts),
                    ChannelId = history.Channel.Id,
                    MessageTs = message.Ts,
                    FromPrivateChannel = history.Channel.IsPrivate,
                    At = Stored(message.Time),
                }, permalink));
    }

    /// <summary>A reply in the thread of one of the bot's questions: the person asked answers; others add substantial replies.</summary>
    private static void AnswerFromThread(ChannelHistory history, ExportMessage reply, List<AskedInExport> asked, string? permalink)
    {
        var earlier = asked.Where(question => SlackTs.Compare(question.Message.Ts, reply.Ts) < 0).ToList();
        if (ThreadReplies.AnsweredBy(earlier, candidate => candidate.Addressee, reply.User!, reply.Text) is not { } question) return;
        // "Passing for now", "ask @maria": read as meant, and never kept as findings.
        if (!ReplyReading.Read(reply.Text).IsAnswer) return;

        var id = Finding.IdForMessage(history.Channel.Id, reply.Ts);
        // A question asked of someone after they had answered in this thread is a follow-up on that answer.
        var parent = history.Findings.Values
            .Where(pending => pending.Draft.AuthorId == question.Addressee && pending.Draft.MomentId == Moment.IdFor(history.Channel.Id, reply.ThreadTs!) &&
                              pending.Draft.MessageTs is { } answered && SlackTs.Compare(answered, question.Message.Ts) < 0)
            .MaxBy(pending => pending.Draft.At);
        history.Findings[id] = new PendingFinding(new FindingDraft(id, reply.Text ?? "", reply.User!, FindingSource.Import)
        {
            MomentId = Moment.IdFor(history.Channel.Id, reply.ThreadTs!),
            QuestionId = "import:" + Moment.IdFor(history.Channel.Id, question.Message.Ts),
            QuestionText = question.Message.Text,
            ParentFindingId = parent?.Draft.Id,
            ChannelId = history.Channel.Id,
            MessageTs = reply.Ts,
            FromPrivateChannel = history.Channel.IsPrivate,
            At = Stored(reply.Time),
        }, permalink);
    }

    private async Task<ImportSummary> SaveAsync(ChannelHistory history, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (history.First is not { } startedAt) return summary;

        var incident = IncidentLifecycle.Resolve(
            IncidentLifecycle.Start(history.Channel.Id, history.Channel.Name, history.Channel.IsPrivate, startedAt, IncidentOrigin.Import),
            history.ResolvedAt ?? history.Last ?? startedAt,
            history.ResolvedVia ?? ResolutionSource.EndOfExport,
            by: null) with { LastHumanMessageAt = history.Last };

        // The live rule: a moment belongs to the incident whose span holds its own time (answers come later, and stay).
        var inIncident = history.Moments.Where(moment => IncidentSpan.Contains(incident, moment.Message.Time)).ToList();
        var momentsByTs = inIncident.ToDictionary(moment => moment.Message.Ts, StringComparer.Ordinal);
        var momentDocuments = inIncident.Select(moment => moment.ToMoment(incident.Id)).Select(document => document with { At = Stored(document.At) }).ToList();
        var findingDocuments = history.Findings.Values.Select(pending =>
        {
            var momentTs = pending.Draft.MomentId![(history.Channel.Id.Length + 1)..];
            var draft = pending.Draft with
            {
                IncidentId = incident.Id,
                MomentId = momentsByTs.ContainsKey(momentTs) ? pending.Draft.MomentId : null,
                Category = momentsByTs.TryGetValue(momentTs, out var moment) ? moment.Category : null,
            };
            // Built as new: an import never counts as an edit of what an earlier import stored.
            return FindingFactory.Build(draft, incident.DisplayName, history.Channel.IsPrivate, pending.Permalink, existing: null, time.GetUtcNow());
        }).ToList();

        // Compared with what is stored first, then written together: one channel's history commits whole or not at all.
        var incidentChanged = Differs(await incidents.FindAsync(incident.Id, cancellationToken), incident);
        var changedMoments = await ChangedAsync(momentDocuments, document => document.Id, id => moments.FindAsync(id, cancellationToken));
        var changedFindings = await ChangedAsync(findingDocuments, document => document.Id, id => findings.FindAsync(id, cancellationToken));
        await unitOfWork.CommitAsync(transaction =>
        {
            if (incidentChanged) transaction.Save(incident);
            foreach (var moment in changedMoments.Documents) transaction.Save(moment);
            foreach (var finding in changedFindings.Documents) transaction.Save(finding);
        }, cancellationToken);

        return summary with
        {
            Incidents = summary.Incidents + 1,
            IncidentsChanged = summary.IncidentsChanged + (incidentChanged ? 1 : 0),
            Moments = summary.Moments + momentDocuments.Count,
            MomentsChanged = summary.MomentsChanged + changedMoments.Writes,
            QuestionsFound = summary.QuestionsFound + history.QuestionsByThread.Values.Sum(list => list.Count),
            Findings = summary.Findings + findingDocuments.Count,
            FindingsChanged = summary.FindingsChanged + changedFindings.Writes,
        };
    }

    /// <summary>
    /// Stores keep times to the millisecond (docs/storage-contract.md), while Slack timestamps carry microseconds: trimming
    /// them before they are stored makes a re-import compare equal to what the first import wrote.
    /// </summary>
    private static DateTimeOffset Stored(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), time.Offset);

    /// <summary>
    /// The documents to write, by id, and how many writes they stand for: each candidate is compared with what the store
    /// will hold by then (an earlier candidate with the same id, else the stored document).
    /// </summary>
    private static async Task<(IReadOnlyCollection<T> Documents, int Writes)> ChangedAsync<T>(
        IEnumerable<T> candidates, Func<T, string> id, Func<string, Task<T?>> stored) where T : class
    {
        var changed = new Dictionary<string, T>(StringComparer.Ordinal);
        var writes = 0;
        foreach (var candidate in candidates)
        {
            var key = id(candidate);
            if (!Differs(changed.GetValueOrDefault(key) ?? await stored(key), candidate)) continue;
            changed[key] = candidate;
            writes++;
        }

        return (changed.Values, writes);
    }

    /// <summary>True unless the stored document has the same content: only documents that differ are written.</summary>
    private static bool Differs<T>(T? stored, T candidate) where T : class =>
        stored is null || JsonSerializer.Serialize(stored) != JsonSerializer.Serialize(candidate);

    private static string? AddresseeOf(string? text) => text is null ? null : SlackMentions.UsersIn(text).FirstOrDefault();

    private static string? Permalink(Uri? workspaceUrl, string channelId, ExportMessage message)
    {
        if (workspaceUrl is null) return null;
        var link = new Uri(workspaceUrl, $"archives/{channelId}/p{message.Ts.Replace(".", "", StringComparison.Ordinal)}").ToString();
        return message.IsThreadReply ? $"{link}?thread_ts={message.ThreadTs}&cid={channelId}" : link;
    }

    private sealed record AskedInExport(ExportMessage Message, string Addressee);

    private sealed record PendingFinding(FindingDraft Draft, string? Permalink);

    /// <summary>What reading one channel's history gathered before it is written.</summary>
    private sealed class ChannelHistory(ExportChannel channel, ExportReplay.ChannelReader reader)
    {
        public ExportChannel Channel { get; } = channel;
        public ExportReplay.ChannelReader Reader { get; } = reader;
        public int Messages { get; set; }
        public DateTimeOffset? First { get; set; }
        public DateTimeOffset? Last { get; set; }
        public DateTimeOffset? ResolvedAt { get; set; }
        public ResolutionSource? ResolvedVia { get; set; }
        public List<ReplayMoment> Moments { get; } = [];
        public Dictionary<string, List<AskedInExport>> QuestionsByThread { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, PendingFinding> Findings { get; } = new(StringComparer.Ordinal);
    }
}
