using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Digests;

/// <summary>
/// Reads a digest's material from the stores by time: findings created in the period and the seven weeks before it (trend and chart),
/// incidents started in the period, the incidents those findings belong to, and their open questions. Fix ideas are
/// not read yet: they have no store of their own on this branch (the notes work adds one), so the list stays empty.
/// </summary>
public sealed class StoreDigestMaterialSource(
    IIncidentStore incidents,
    IFindingStore findings,
    IQuestionStore questions,
    ISentDigestStore sent,
    IDigestNames names) : IDigestMaterialSource
{
    /// <summary>How many earlier digests' pulse a digest shows.</summary>
    public const int PulseWeeks = 4;

    public async Task<DigestMaterial> LoadAsync(DigestPeriod period, TimeZoneInfo zone, string? subscriptionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = period.Previous(Math.Max(DigestComposer.TrendWeeks, DigestComposer.ChartWeeks - 1), zone)[0].Start;
        var found = await findings.CreatedBetweenAsync(from, period.End, cancellationToken);

        var byId = new Dictionary<string, Incident>(StringComparer.Ordinal);
        foreach (var incident in await incidents.StartedBetweenAsync(period.Start, period.End, cancellationToken)) byId[incident.Id] = incident;
        foreach (var id in found.Select(finding => finding.IncidentId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!byId.ContainsKey(id) && await incidents.FindAsync(id, cancellationToken) is { } incident) byId[id] = incident;
        }

        // Open questions only of the incidents the period shows (started in it, or learned from in it).
        var learnedFrom = found.Where(finding => period.Contains(finding.CreatedAt)).Select(finding => finding.IncidentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var shown = byId.Values.Where(incident => period.Contains(incident.StartedAt) || learnedFrom.Contains(incident.Id));
        var open = new List<AskedQuestion>();
        foreach (var incident in shown) open.AddRange((await questions.ForIncidentAsync(incident.Id, cancellationToken)).Where(question => question.IsOpen));

        var pulse = new List<PulseWeek>();
        if (subscriptionId is not null)
        {
            foreach (var digest in (await sent.LatestAsync(subscriptionId, PulseWeeks + 1, cancellationToken)).Where(digest => digest.PeriodStart < period.Start).Take(PulseWeeks).Reverse())
            {
                var votes = await sent.VotesAsync(digest.Id, cancellationToken);
                pulse.Add(new PulseWeek(new DigestPeriod(digest.PeriodStart, digest.PeriodEnd).WeekLabel(zone), votes.Count(vote => vote.Learned), votes.Count(vote => !vote.Learned)));
            }
        }

        var people = found.Select(finding => finding.AuthorId)
            .Concat(found.SelectMany(finding => SlackMentions.UsersIn(finding.Text)))
            .Concat(open.Select(question => question.UserId))
            .Concat(open.SelectMany(question => SlackMentions.UsersIn(question.Text)));
        return new DigestMaterial
        {
            Findings = found,
            Incidents = byId.Values.OrderBy(incident => incident.StartedAt).ToList(),
            OpenQuestions = open,
            Pulse = pulse,
            NameOf = await names.NamesAsync(people, cancellationToken),
        };
    }
}
