using SlackBot.Eventing;

namespace SlackBot.Features.Incidents;

/// <summary>A message's content is gone: deleted, or a thread parent turned into Slack's tombstone.</summary>
public sealed record MessageRemoved(string ChannelId, string Ts) : IFeatureEvent;
