using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Scheduling;
using SlackBot.Storage;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Scheduling;

/// <summary>
/// A scheduler over test jobs, a fake clock and an in-memory store. <see cref="Restart"/> builds a new scheduler (a
/// new owner) over the same store, as a new process over the same file would be.
/// </summary>
internal sealed class SchedulerBed : IDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    public SchedulerBed(DateTimeOffset start, TimeSpan? interval = null, TimeSpan? runHistory = null)
    {
        Clock = new FakeTimeProvider(start);
        Options = new SchedulerOptions { Interval = interval ?? TimeSpan.FromSeconds(30), RunHistory = runHistory ?? TimeSpan.FromDays(1) };
    }

    public FakeTimeProvider Clock { get; }

    public SchedulerOptions Options { get; }

    public LiteDbDatabase Database { get; } = LiteDbDatabase.InMemory();

    public RunLog Log { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    public IJobRunStore Runs => new LiteDbJobRunStore(Database);

    public RecordingJob Job(string name, JobCadence cadence, params string[] runsAfter) =>
        new(new JobSchedule(name, cadence) { RunsAfter = runsAfter }, Log, Clock);

    /// <summary>A scheduler that runs <paramref name="jobs"/>, registered in the order given.</summary>
    public LearningScheduler Restart(params IScheduledJob[] jobs) => Restart(jobs, []);

    public LearningScheduler Restart(IReadOnlyList<IScheduledJob> jobs, IReadOnlyList<IScheduledJobSource> sources)
    {
        var services = new ServiceCollection();
        foreach (var job in jobs) services.AddSingleton(job);
        foreach (var source in sources) services.AddSingleton(source);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return new LearningScheduler(
            provider.GetRequiredService<IServiceScopeFactory>(),
            new LiteDbJobRunStore(Database),
            Microsoft.Extensions.Options.Options.Create(Options),
            Clock,
            new FakeLogger<LearningScheduler>(Logs));
    }

    /// <summary>Passes every <paramref name="step"/> until <paramref name="until"/>, as the scheduler's loop would.</summary>
    public async Task RunPassesAsync(LearningScheduler scheduler, TimeSpan step, DateTimeOffset until)
    {
        while (Clock.GetUtcNow() < until)
        {
            await scheduler.RunDueAsync(CancellationToken.None);
            Clock.Advance(step);
        }
    }

    public IReadOnlyList<string> LogMessages() => Logs.GetSnapshot().Select(record => record.Message).ToList();

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        Database.Dispose();
    }
}
