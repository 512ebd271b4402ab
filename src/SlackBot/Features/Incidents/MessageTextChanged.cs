using SlackBot.Eventing;

namespace SlackBot.Features.Incidents;

/// <summary>A person edited a message; <see cref="NewText"/> is null when Slack sent no text.</summary>
public sealed record MessageTextChanged(string ChannelId, string Ts, string? NewText) : IFeatureEvent;
