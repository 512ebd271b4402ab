namespace SlackBot.Features.Digests;

/// <summary>Names from a lookup the caller already has (a Slack export's users, in the demo).</summary>
public sealed class FixedDigestNames(Func<string, string> nameOf) : IDigestNames
{
    public Task<Func<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken) => Task.FromResult(nameOf);
}
