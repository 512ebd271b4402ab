using System.Globalization;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;

namespace SlackBot.Benchmarks;

/// <summary>The resolved incidents <see cref="GeneratedFindings"/> came from, each owned by one of <see cref="Teams"/>.</summary>
internal static class GeneratedIncidents
{
    public static readonly string[] Teams = ["payments", "search", "identity"];

    public static List<Incident> Of(IEnumerable<Finding> findings) =>
        findings.GroupBy(finding => finding.IncidentId!).Select(group =>
        {
            var first = group.Min(finding => finding.CreatedAt);
            var number = int.Parse(group.Key[^4..], CultureInfo.InvariantCulture);
            return new Incident
            {
                Id = group.Key, ChannelId = group.First().ChannelId!, ChannelName = group.First().IncidentName!.TrimStart('#'), StartedAt = first.AddHours(-2),
                ResolvedAt = first, Status = IncidentStatus.Resolved, IsPrivate = group.First().FromPrivateChannel, Teams = [Teams[number % Teams.Length]],
            };
        }).ToList();
}
