namespace SlackBot.Hosting;

/// <summary>
/// A start-up problem found after the host started (Slack rejecting the token while the host already listens): the
/// part that found it reports it and stops the application, and <c>serve</c> prints it as one line and exits as if
/// start-up had failed.
/// </summary>
public sealed class StartupFailure
{
    private StartupException? _first;

    public void Report(StartupException exception) => Interlocked.CompareExchange(ref _first, exception, null);

    /// <summary>Throws the first problem reported, if any, once the host has stopped.</summary>
    public void ThrowIfReported()
    {
        if (Volatile.Read(ref _first) is { } reported) throw reported;
    }
}
