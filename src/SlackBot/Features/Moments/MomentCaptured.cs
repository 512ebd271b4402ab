using SlackBot.Eventing;
using SlackBot.Features.Incidents;

namespace SlackBot.Features.Moments;

/// <summary>The detector kept a person's message as a learning moment of <see cref="Incident"/> (already stored).</summary>
public sealed record MomentCaptured(Moment Moment, Incident Incident) : IFeatureEvent;
