using Microsoft.Extensions.Hosting;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>An application lifetime that only records whether someone asked the application to stop.</summary>
internal sealed class RecordingLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public bool StopRequested => _stopping.IsCancellationRequested;

    public void StopApplication() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();
}
