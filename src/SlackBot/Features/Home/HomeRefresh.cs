using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SlackBot.Features.Home;

/// <summary>
/// People whose Home should be published again because something of theirs changed. Requests pile up in a set, so a
/// burst of changes (an answer saves a finding, closes a question and updates its message) becomes one publish per
/// person; <see cref="HomeRefreshWorker"/> drains it. Cheap and synchronous, so store observers may call it.
/// </summary>
public sealed class HomeRefresh
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wakeups = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Request(string userId)
    {
        if (string.IsNullOrEmpty(userId)) return;
        _pending.TryAdd(userId, 0);
        _wakeups.Writer.TryWrite(true);
    }

    /// <summary>Waits until someone is waiting for a refresh.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) => await _wakeups.Reader.ReadAsync(cancellationToken);

    /// <summary>Everyone requested so far, each once; later requests wait for the next drain.</summary>
    public IReadOnlyList<string> Drain()
    {
        var users = new List<string>();
        foreach (var user in _pending.Keys)
            if (_pending.TryRemove(user, out _)) users.Add(user);
        return users;
    }
}
