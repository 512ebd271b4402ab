using SlackBot.Eventing;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Incidents;

/// <summary>
/// A person wrote something the bot can hear: in a channel or a direct message, top level or in a thread.
/// <see cref="Incident"/> is the incident whose span holds the message's own ts (null outside every incident, and in
/// direct messages). Published by the incident tracker, the one owner of Slack's <c>message</c> event.
/// </summary>
public sealed record HumanMessagePosted(MessageEvent Message, Incident? Incident) : IFeatureEvent;
