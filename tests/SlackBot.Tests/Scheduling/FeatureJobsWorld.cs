using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Storage.LiteDb;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;
using SlackBot.Storage.Outbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Scheduling;

/// <summary>
/// The product's scheduled jobs as the host registers them (the features' own <c>AddXxx()</c>), on an in-memory store,
/// a fake clock and a scripted Slack, with the scheduler that runs them. <paramref name="changeRegistrations"/> may
/// reorder or replace what the features registered before the provider is built.
/// </summary>
internal sealed class FeatureJobsWorld : IDisposable
{
    private readonly ServiceProvider _provider;

    public FeatureJobsWorld(DateTimeOffset now, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? changeRegistrations = null)
    {
        Clock = new FakeTimeProvider(now);
        var values = new Dictionary<string, string?> { ["Questions:RespectWorkingHours"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddLiteDbStorage(Database);
        services.AddSingleton<ISlackApi>(Slack);
        services.AddWorkspaceDirectory();
        services.AddIncidents();
        services.AddMoments();
        services.AddQuestions();
        services.AddScheduler();
        changeRegistrations?.Invoke(services);
        _provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public LiteDbDatabase Database { get; } = LiteDbDatabase.InMemory();

    public ScriptedSlackApi Slack { get; } = new();

    public LearningScheduler Scheduler => _provider.GetRequiredService<LearningScheduler>();

    public IIncidentStore Incidents => _provider.GetRequiredService<IIncidentStore>();

    public IMomentStore Moments => _provider.GetRequiredService<IMomentStore>();

    public IQuestionStore Questions => _provider.GetRequiredService<IQuestionStore>();

    public LiteDbOutboxStore OutboxRows => _provider.GetRequiredService<LiteDbOutboxStore>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Puts a person in the people cache, so planning needs no users.info call.</summary>
    public void AddPerson(string userId, string tz = "Europe/London") =>
        Database.Collection<PersonInfo>("users").Upsert(new PersonInfo { Id = userId, Name = userId, Tz = tz, RefreshedAt = Clock.GetUtcNow() });

    /// <summary>The jobs' registrations in reverse: the order the host would have if every <c>AddXxx()</c> were swapped.</summary>
    public static void ReverseJobs(IServiceCollection services)
    {
        var jobs = services.Where(descriptor => descriptor.ServiceType == typeof(IScheduledJob)).ToList();
        foreach (var job in jobs) services.Remove(job);
        foreach (var job in Enumerable.Reverse(jobs)) services.Add(job);
    }

    public void Dispose()
    {
        _provider.Dispose();
        Database.Dispose();
    }
}
