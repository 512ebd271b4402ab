using SlackBot.Features.Findings;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Digests;

/// <summary>
/// Reads a digest's material from the stores by time: findings created in the period, theme tallies of the seven weeks
/// before it (trend and chart), incidents started in the period, the incidents those belong to, and the open questions
/// and parked fix ideas of the incidents the digest shows.
/// </summary>
public sealed class StoreDigestMaterialSource(
    IIncidentStore incidents,
    IFindingStore findings,
    IQuestionStore questions,
    IIdeaStore ideas,
    ISentDigestStore sent,
    IDigestNames names) : IDigestMaterialSource
{
    /// <summary>How many earlier digests' pulse a digest shows.</summary>
    public const int PulseWeeks = 4;

    public async Task<DigestMaterial> LoadAsync(DigestPeriod period, TimeZoneInfo zone, string? subscriptionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = period.Previous(Math.Max(DigestComposer.TrendWeeks, DigestComposer.ChartWeeks - 1), zone)[0].Start;
        var found = await findings.CreatedBetweenAsync(period.Start, period.End, cancellationToken);
        var earlier = await findings.ThemeTalliesAsync(from, period.Start, cancellationToken);

        var byId = new Dictionary<string, Incident>(StringComparer.Ordinal);
        foreach (var incident in await incidents.StartedBetweenAsync(period.Start, period.End, cancellationToken)) byId[incident.Id] = incident;
        foreach (var id in found.Select(finding => finding.IncidentId).Concat(earlier.Select(tally => tally.IncidentId)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!byId.ContainsKey(id) && await incidents.FindAsync(id, cancellationToken) is { } incident) byId[id] = incident;
        }

        // Open questions only of the incidents the period shows (started in it, or learned from in it).
        var learnedFrom = found.Where(finding => period.Contains(finding.CreatedAt)).Select(finding => finding.IncidentId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var shown = byId.Values.Where(incident => period.Contains(incident.StartedAt) || learnedFrom.Contains(incident.Id));
        var open = new List<AskedQuestion>();
        var parked = new List<DigestIdea>();
        foreach (var incident in shown)
        {
            open.AddRange((await questions.ForIncidentAsync(incident.Id, cancellationToken)).Where(question => question.IsOpen));
            parked.AddRange((await ideas.ForIncidentAsync(incident.Id, cancellationToken))
                .Select(idea => new DigestIdea(idea.Text, idea.AuthorId, idea.IncidentId, idea.CreatedAt)));
        }

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
            .Concat(open.SelectMany(question => SlackMentions.UsersIn(question.Text)))
            .Concat(parked.Select(idea => idea.AuthorId))
            .Concat(parked.SelectMany(idea => SlackMentions.UsersIn(idea.Text)));
        return new DigestMaterial
        {
            Findings = found,
            EarlierThemes = earlier,
            Incidents = byId.Values.OrderBy(incident => incident.StartedAt).ToList(),
            OpenQuestions = open,
            Ideas = parked,
            Pulse = pulse,
            NameOf = await names.NamesAsync(people, cancellationToken),
        };
    }
}
