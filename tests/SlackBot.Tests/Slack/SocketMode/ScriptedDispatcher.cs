using System.Collections.Concurrent;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Slack.SocketMode;

/// <summary>Stands in for the dispatcher: records what the receiver handed over and answers as the test says.</summary>
internal sealed class ScriptedDispatcher : ISlackDispatcher
{
    public ConcurrentQueue<SlackEnvelope> Dispatched { get; } = new();

    public Func<SlackEnvelope, CancellationToken, Task<DispatchResult>> Answer { get; set; } =
        (_, _) => Task.FromResult(new DispatchResult(DispatchOutcome.Accepted));

    public Task<DispatchResult> DispatchAsync(SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        Dispatched.Enqueue(envelope);
        return Answer(envelope, cancellationToken);
    }
}
