using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Workspace;
using SlackBot.Storage;

namespace SlackBot.Tests.Features.Digests;

/// <summary>
/// A store filled with a generated history: three teams, an incident per team a week (every third one private), and a
/// few findings per incident spread over the days after it, each of a seeded category and theme. The lists it wrote are
/// kept, so tests work out what a digest should hold from them, independently of the composer.
/// </summary>
internal sealed class GeneratedDigestStore : IDisposable
{
    public static readonly string[] TeamNames = ["payments", "search", "identity"];
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static readonly MomentCategory[] Categories =
        [MomentCategory.Surprises, MomentCategory.ScriptsAndTools, MomentCategory.Expertise, MomentCategory.GoingRight, MomentCategory.NearMisses, MomentCategory.SenseMaking];

    private static readonly string[] Subjects = ["dashboards", "runbooks", "databases", "alerting"];

    private readonly ServiceProvider _services;

    /// <param name="firstWeek">Monday 00:00 (Berlin) of the first generated week.</param>
    /// <param name="quietWeeks">Week numbers (0-based) with no incidents or findings.</param>
    public GeneratedDigestStore(DateTimeOffset firstWeek, int weeks, int seed = 7, params int[] quietWeeks)
    {
        var services = new ServiceCollection();
        services.AddInMemoryLiteDbStorage();
        _services = services.BuildServiceProvider();
        var random = new Random(seed);
        var users = Get<IUserCache>();
        foreach (var person in new[] { ("U0ALICE", "alice"), ("U0BOB", "bob"), ("U0PRIYA", "priya"), ("U0CAROL", "carol") })
            users.SaveAsync(new PersonInfo { Id = person.Item1, Name = person.Item2, RefreshedAt = firstWeek }, CancellationToken.None).GetAwaiter().GetResult();

        var number = 0;
        for (var week = 0; week < weeks; week++)
        {
            if (quietWeeks.Contains(week)) continue;
            foreach (var team in TeamNames)
            {
                number++;
                var startedAt = firstWeek.AddDays(7 * week + random.Next(0, 4)).AddHours(8 + random.Next(0, 8));
                var channel = $"C0{team.ToUpperInvariant()[..3]}{number:000}";
                var incident = new Incident
                {
                    Id = Incident.IdFor(channel, startedAt),
                    ChannelId = channel,
                    ChannelName = $"inc-{team}-{number}",
                    Title = $"{team} incident {number}",
                    IsPrivate = number % 3 == 0,
                    Status = IncidentStatus.Resolved,
                    StartedAt = startedAt,
                    ResolvedAt = startedAt.AddHours(2),
                    Teams = [team],
                };
                Incidents.Add(incident);
                Get<IIncidentStore>().SaveAsync(incident, CancellationToken.None).GetAwaiter().GetResult();

                for (var n = 0; n < 3 + random.Next(0, 3); n++)
                {
                    var category = Categories[random.Next(Categories.Length)];
                    var at = startedAt.AddHours(3 + random.Next(0, 60));
                    var ts = $"{at.ToUnixTimeSeconds()}.{n:000000}";
                    var finding = new Finding
                    {
                        Id = Finding.IdForMessage(channel, ts),
                        Text = $"Finding {n} of {incident.ChannelName}: the {Subjects[n % Subjects.Length]} told us more than we thought",
                        AuthorId = new[] { "U0ALICE", "U0BOB", "U0PRIYA" }[random.Next(3)],
                        IncidentId = incident.Id,
                        IncidentName = incident.DisplayName,
                        Category = category,
                        Themes = [category.Label(), Subjects[n % Subjects.Length]],
                        ChannelId = channel,
                        MessageTs = ts,
                        Permalink = $"https://northwind.slack.com/archives/{channel}/p{ts.Replace(".", "", StringComparison.Ordinal)}",
                        FromPrivateChannel = incident.IsPrivate,
                        Source = FindingSource.ThreadReply,
                        CreatedAt = at,
                    };
                    Findings.Add(finding);
                    Get<IFindingStore>().SaveAsync(finding, CancellationToken.None).GetAwaiter().GetResult();
                }
            }
        }
    }

    public List<Incident> Incidents { get; } = [];

    public List<Finding> Findings { get; } = [];

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public IDigestMaterialSource Source => new StoreDigestMaterialSource(
        Get<IIncidentStore>(), Get<IFindingStore>(), Get<IQuestionStore>(), Get<IIdeaStore>(), Get<ISentDigestStore>(), new CachedDigestNames(Get<IUserCache>()));

    public async Task<Digest> ComposeAsync(DigestPeriod period, DigestFilter filter, string? subscriptionId = null) =>
        DigestComposer.Compose(period, Zone, filter, await Source.LoadAsync(period, Zone, subscriptionId, CancellationToken.None));

    public void Dispose() => _services.Dispose();
}
