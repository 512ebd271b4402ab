using System.Diagnostics;

namespace SlackBot.LoadTest;

/// <summary>The two load models: open (requests leave on a timetable whatever the answers do) and closed (each
/// connection sends its next request once the last is answered).</summary>
public static class LoadRunner
{
    /// <summary>Below this the sender spins instead of sleeping; Linux sleeps about a millisecond at least.</summary>
    private static readonly TimeSpan SpinBelow = TimeSpan.FromMilliseconds(0.05);

    public static async Task RunOpenAsync(ILoadTarget target, IReadOnlyList<LoadRequest> requests, ArrivalSchedule schedule, PhaseRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(recorder);
        var sends = new Task[schedule.Count];
        var start = Stopwatch.GetTimestamp();

        // One thread keeps the timetable; the requests themselves run on the pool so a slow answer never delays a send.
        var timetable = new Thread(() =>
        {
            for (var i = 0; i < schedule.Count; i++)
            {
                var due = start + (long)(schedule.DueAfter(i).TotalSeconds * Stopwatch.Frequency);
                WaitUntil(due);
                recorder.RecordSendLag(Stopwatch.GetElapsedTime(due));
                var request = requests[i % requests.Count];
                sends[i] = Task.Run(() => SendOneAsync(target, request, due, recorder, cancellationToken), cancellationToken);
            }
        })
        { IsBackground = true, Name = "open-model timetable" };
        timetable.Start();
        await Task.Run(timetable.Join, cancellationToken);
        await Task.WhenAll(sends);
    }

    public static async Task RunClosedAsync(ILoadTarget target, Func<LoadRequest> next, int connections, TimeSpan duration, PhaseRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested)
            {
                var request = next();
                await SendOneAsync(target, request, Stopwatch.GetTimestamp(), recorder, cancellationToken);
            }
        }, cancellationToken)));
    }

    private static async Task SendOneAsync(ILoadTarget target, LoadRequest request, long startedAt, PhaseRecorder recorder, CancellationToken cancellationToken)
    {
        var result = await target.SendAsync(request, cancellationToken);
        recorder.Record(request, startedAt, result);
    }

    private static void WaitUntil(long due)
    {
        while (true)
        {
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (remaining <= TimeSpan.Zero) return;
            if (remaining < SpinBelow) Thread.SpinWait(20);
            else Thread.Sleep(remaining.TotalMilliseconds >= 2 ? (int)remaining.TotalMilliseconds - 1 : 1);
        }
    }
}
