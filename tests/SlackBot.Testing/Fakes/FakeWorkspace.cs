namespace SlackBot.Testing.Fakes;

/// <summary>The conversational state of the fake workspace: members, conversations, messages, reactions and ephemeral
/// messages. Thread-safe; everything handed out is an immutable snapshot.</summary>
internal sealed class FakeWorkspace(SlackTimestamps timestamps)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeUser> users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeChannel> channels = new(StringComparer.Ordinal);
    private readonly List<FakeMessage> messages = [];
    private readonly List<FakeReaction> reactions = [];
    private readonly List<FakeEphemeralMessage> ephemerals = [];
    private readonly Dictionary<string, string[]> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeUserGroup> userGroups = new(StringComparer.Ordinal);

    public SlackTimestamps Timestamps => timestamps;

    public void AddUser(FakeUser user)
    {
        lock (gate)
        {
            users[user.Id] = user;
        }
    }

    public FakeUser? FindUser(string? id)
    {
        lock (gate)
        {
            return id is not null && users.TryGetValue(id, out var user) ? user : null;
        }
    }

    public void AddChannel(FakeChannel channel)
    {
        lock (gate)
        {
            channels[channel.Id] = channel;
        }
    }

    /// <summary>Who, besides the bot (see <see cref="FakeChannel.BotIsMember"/>), is in the channel.</summary>
    public void SetMembers(string channelId, IEnumerable<string> userIds)
    {
        lock (gate)
        {
            members[channelId] = [.. userIds];
        }
    }

    public IReadOnlyList<string> MembersOf(string channelId)
    {
        lock (gate)
        {
            return members.TryGetValue(channelId, out var ids) ? ids : [];
        }
    }

    public void SetUserGroup(FakeUserGroup group)
    {
        lock (gate)
        {
            userGroups[group.Id] = group;
        }
    }

    public FakeUserGroup UpdateUserGroup(string id, Func<FakeUserGroup, FakeUserGroup> change)
    {
        lock (gate)
        {
            if (!userGroups.TryGetValue(id, out var group))
            {
                throw new ArgumentException($"The fake has no user group '{id}'. Add it with AddUserGroup first.", nameof(id));
            }

            var changed = change(group);
            userGroups[id] = changed;
            return changed;
        }
    }

    public FakeUserGroup? FindUserGroup(string? id)
    {
        lock (gate)
        {
            return id is not null && userGroups.TryGetValue(id, out var group) ? group : null;
        }
    }

    public IReadOnlyList<FakeUserGroup> UserGroups()
    {
        lock (gate)
        {
            return [.. userGroups.Values.OrderBy(group => group.Id, StringComparer.Ordinal)];
        }
    }

    public FakeChannel? FindChannel(string? id)
    {
        lock (gate)
        {
            return id is not null && channels.TryGetValue(id, out var channel) ? channel : null;
        }
    }

    public IReadOnlyList<FakeChannel> Channels()
    {
        lock (gate)
        {
            return [.. channels.Values.OrderBy(channel => channel.Id, StringComparer.Ordinal)];
        }
    }

    public FakeChannel UpdateChannel(string id, Func<FakeChannel, FakeChannel> change)
    {
        lock (gate)
        {
            if (!channels.TryGetValue(id, out var channel))
            {
                throw new ArgumentException($"The fake has no channel '{id}'. Add it with AddChannel first.", nameof(id));
            }

            var updated = change(channel);
            channels[id] = updated;
            return updated;
        }
    }

    /// <summary>A channel id, or a user id which (as in chat.postMessage) means the app's DM with that user.</summary>
    public FakeChannel? ResolveConversation(string? idOrUser)
    {
        if (idOrUser is null)
        {
            return null;
        }

        lock (gate)
        {
            if (channels.TryGetValue(idOrUser, out var channel))
            {
                return channel;
            }

            return users.ContainsKey(idOrUser) ? OpenDirectMessageLocked(idOrUser) : null;
        }
    }

    public FakeChannel OpenDirectMessage(string userId)
    {
        lock (gate)
        {
            return OpenDirectMessageLocked(userId);
        }
    }

    private FakeChannel OpenDirectMessageLocked(string userId)
    {
        var existing = channels.Values.FirstOrDefault(channel => channel.ImUser == userId);
        if (existing is not null)
        {
            return existing;
        }

        var id = "D" + userId[1..];
        while (channels.ContainsKey(id))
        {
            id += "X";
        }

        var created = new FakeChannel(id, id, IsPrivate: true, BotIsMember: true, IsArchived: false,
            Created: (long)SlackTimestamps.Parse(timestamps.Next()), PreviousNames: [], ImUser: userId);
        channels[id] = created;
        return created;
    }

    /// <summary>Stores a new message; the ts is issued inside the lock so that storage order matches ts order.</summary>
    public FakeMessage AddMessage(Func<string, FakeMessage> create)
    {
        lock (gate)
        {
            var message = create(timestamps.Next());
            messages.Add(message);
            return message;
        }
    }

    public FakeMessage? FindMessage(string channel, string? ts)
    {
        lock (gate)
        {
            return messages.FirstOrDefault(message => message.Channel == channel && message.Ts == ts);
        }
    }

    public FakeMessage ReplaceMessage(FakeMessage updated)
    {
        lock (gate)
        {
            var index = messages.FindIndex(message => message.Channel == updated.Channel && message.Ts == updated.Ts);
            if (index < 0)
            {
                throw new InvalidOperationException($"No message {updated.Ts} in {updated.Channel}.");
            }

            messages[index] = updated;
            return updated;
        }
    }

    /// <summary>Every message in the channel, parents and replies, oldest first.</summary>
    public IReadOnlyList<FakeMessage> MessagesIn(string channel)
    {
        lock (gate)
        {
            return [.. messages
                .Where(message => message.Channel == channel)
                .OrderBy(message => SlackTimestamps.Parse(message.Ts))];
        }
    }

    public bool TryAddReaction(FakeReaction reaction)
    {
        lock (gate)
        {
            if (reactions.Exists(existing => existing.Channel == reaction.Channel && existing.Ts == reaction.Ts
                && existing.Name == reaction.Name && existing.User == reaction.User))
            {
                return false;
            }

            reactions.Add(reaction);
            return true;
        }
    }

    public IReadOnlyList<FakeReaction> Reactions()
    {
        lock (gate)
        {
            return [.. reactions];
        }
    }

    public void AddEphemeral(FakeEphemeralMessage message)
    {
        lock (gate)
        {
            ephemerals.Add(message);
        }
    }

    public IReadOnlyList<FakeEphemeralMessage> Ephemerals()
    {
        lock (gate)
        {
            return [.. ephemerals];
        }
    }
}
