namespace SlackBot.LoadTest;

/// <summary>A run that cannot go on (no built bot, a process that would not start): one clear message, no stack trace.</summary>
public sealed class LoadTestException : Exception
{
    public LoadTestException()
    {
    }

    public LoadTestException(string message)
        : base(message)
    {
    }

    public LoadTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
