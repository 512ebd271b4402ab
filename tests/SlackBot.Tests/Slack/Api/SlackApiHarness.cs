using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>
/// The Web API client exactly as production builds it (AddSlackApi: options, resilience pipeline, pacing),
/// with only the primary handler swapped for a stub, a fake clock and a log collector.
/// </summary>
internal sealed class SlackApiHarness : IDisposable
{
    public const string BotToken = "xoxb-1111111111-2222222222-SeCrEtBoTtOkEn";
    public const string AppToken = "xapp-1-A0123456789-3333333333-SeCrEtApPtOkEn";
    public static readonly Uri BaseUrl = new("https://slack.test/api/");

    // Generous on purpose: these bound real waiting for work that normally finishes in milliseconds.
    private static readonly TimeSpan PatienceLimit = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _provider;

    public SlackApiHarness(Action<SlackApiOptions>? configure = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Slack = new StubSlackHandler(Time);

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services
            .AddSlackApi(options =>
            {
                options.BaseUrl = BaseUrl;
                options.BotToken = BotToken;
                options.AppToken = AppToken;
                configure?.Invoke(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Slack);

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Api = _provider.GetRequiredService<ISlackApi>();
        Logs = _provider.GetFakeLogCollector();
    }

    public ISlackApi Api { get; }

    public StubSlackHandler Slack { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public IServiceProvider Services => _provider;

    /// <summary>Waits (real time, polling) until the condition holds; the fake clock is not touched.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > PatienceLimit)
            {
                Assert.Fail($"gave up waiting for {what}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Lets the call finish without moving the fake clock: proves it did not wait on a timer.</summary>
    public static async Task WithoutAdvancingAsync(Task call)
    {
        await WaitUntilAsync(() => call.IsCompleted, "the call to finish without time passing");
        await call;
    }

    /// <summary>Moves the fake clock forward in small steps until the condition holds, so every timer gets its turn.</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, string what, TimeSpan? step = null)
    {
        var increment = step ?? TimeSpan.FromMilliseconds(250);
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > PatienceLimit)
            {
                Assert.Fail($"gave up advancing time for {what}");
            }

            Time.Advance(increment);
            await Task.Delay(2);
        }
    }

    /// <summary>Runs the call to completion, advancing the fake clock through any retry delays.</summary>
    public async Task FinishAsync(Task call)
    {
        await AdvanceUntilAsync(() => call.IsCompleted, "the call to finish");
        await call;
    }

    public async Task<T> FinishAsync<T>(Task<T> call)
    {
        await AdvanceUntilAsync(() => call.IsCompleted, "the call to finish");
        return await call;
    }

    /// <summary>Runs the call to completion (advancing the fake clock) and returns the exception it ended with.</summary>
    public async Task<T> FailureOfAsync<T>(Task call)
        where T : Exception
    {
        await AdvanceUntilAsync(() => call.IsCompleted, "the call to finish");
        return FailureOf<T>(call);
    }

    /// <summary>As <see cref="FailureOfAsync{T}"/> but without moving the clock: the failure came without any wait.</summary>
    public static async Task<T> FailureWithoutAdvancingAsync<T>(Task call)
        where T : Exception
    {
        await WaitUntilAsync(() => call.IsCompleted, "the call to finish without time passing");
        return FailureOf<T>(call);
    }

    private static T FailureOf<T>(Task call)
        where T : Exception
    {
        Assert.That(call.Exception?.InnerException, Is.InstanceOf<T>(), "the call's outcome");
        return (T)call.Exception!.InnerException!;
    }

    public IReadOnlyList<FakeLogRecord> LogRecords => Logs.GetSnapshot();

    public void Dispose() => _provider.Dispose();
}
