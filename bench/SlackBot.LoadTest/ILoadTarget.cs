namespace SlackBot.LoadTest;

/// <summary>Something that takes Slack's deliveries: the bot over HTTP or Socket Mode, or the floor server.</summary>
public interface ILoadTarget : IAsyncDisposable
{
    /// <summary>"http" or "socket".</summary>
    string Transport { get; }

    Task<SendResult> SendAsync(LoadRequest request, CancellationToken cancellationToken);

    /// <summary>The inbox ids of acknowledged requests that were only known after the run (Socket Mode commands),
    /// those acknowledged since the last call.</summary>
    IReadOnlyList<string> LateInboxIds();
}
