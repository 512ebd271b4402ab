using Microsoft.Extensions.Hosting;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>An application lifetime that records whether someone asked the application to stop.</summary>
internal sealed class RecordingLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _started = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <param name="started">False for a host still starting; <see cref="MarkStarted"/> finishes the start.</param>
    public RecordingLifetime(bool started = true)
    {
        if (started) MarkStarted();
    }

    public CancellationToken ApplicationStarted => _started.Token;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public bool StopRequested => _stopping.IsCancellationRequested;

    public void StopApplication() => _stopping.Cancel();

    public void MarkStarted() => _started.Cancel();

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
    }
}
