namespace SlackBot.Eventing;

/// <summary>
/// Something one feature tells the others ("a person wrote in incident X", "a moment was captured"). Features talk
/// through these, never through each other's stores or the order in which their Slack listeners were registered.
/// </summary>
public interface IFeatureEvent;
