using SlackBot.Testing.Fakes;

namespace SlackBot.LoadTest;

/// <summary>One target through the run's phases: a short warm-up, each open-model rate, then the closed model. After
/// each phase it waits until the bot has processed what it acknowledged, so phases do not overlap.</summary>
public sealed class LoadSession(LoadOptions options, FakeSlack slack, ILoadTarget target, string targetName, string eventIdPrefix, ProcessedProbe? probe)
{
    private int _phase;

    /// <summary>The warm-up (JIT, connection pools, the incident's first message); not reported, but checked in the store.</summary>
    public Task<PhaseMeasurement> WarmUpAsync(CancellationToken cancellationToken) =>
        ClosedAsync("warm-up", connections: 4, options.Smoke ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(2), cancellationToken);

    public async Task<IReadOnlyList<PhaseMeasurement>> RunAsync(CancellationToken cancellationToken)
    {
        var phases = new List<PhaseMeasurement>();
        foreach (var rate in options.Rates) phases.Add(await OpenAsync(rate, cancellationToken));
        phases.Add(await ClosedAsync($"closed {options.Connections}", options.Connections, options.Duration, cancellationToken));
        return phases;
    }

    private async Task<PhaseMeasurement> OpenAsync(int rate, CancellationToken cancellationToken)
    {
        var schedule = new ArrivalSchedule(rate, options.Duration);
        var mix = NewMix();
        var requests = mix.Take(schedule.Count);
        var recorder = new PhaseRecorder();
        var baseline = await BaselineAsync(cancellationToken);
        await LoadRunner.RunOpenAsync(target, requests, schedule, recorder, cancellationToken);
        var phase = recorder.Finish($"open {rate}/s", targetName, target.Transport, "open", rate, target.LateInboxIds());
        return await DrainedAsync(phase, baseline, cancellationToken);
    }

    private async Task<PhaseMeasurement> ClosedAsync(string name, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var mix = NewMix();
        var recorder = new PhaseRecorder();
        var baseline = await BaselineAsync(cancellationToken);
        await LoadRunner.RunClosedAsync(target, mix.Next, connections, duration, recorder, cancellationToken);
        var phase = recorder.Finish(name, targetName, target.Transport, "closed", connections, target.LateInboxIds());
        return await DrainedAsync(phase, baseline, cancellationToken);
    }

    private TrafficMix NewMix()
    {
        var phase = ++_phase;
        return new TrafficMix(slack, options.Seed * 100 + phase, $"{eventIdPrefix}{phase}X");
    }

    private async Task<long> BaselineAsync(CancellationToken cancellationToken) =>
        probe is null ? 0 : await probe.CountAsync(cancellationToken);

    private async Task<PhaseMeasurement> DrainedAsync(PhaseMeasurement phase, long baseline, CancellationToken cancellationToken)
    {
        if (probe is null) return phase;
        var reached = await probe.WaitForAsync(baseline, phase.AcknowledgedInboxIds, options.DrainTimeout, cancellationToken);
        var drainedAt = DateTimeOffset.UtcNow;
        var processed = await probe.CountAsync(cancellationToken) - baseline;
        return phase with
        {
            DrainSeconds = reached is null || phase.LastAckAt is not { } lastAck ? null : Math.Max(0, (drainedAt - lastAck).TotalSeconds),
            ProcessedCount = processed,
        };
    }
}
