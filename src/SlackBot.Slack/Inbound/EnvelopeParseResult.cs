namespace SlackBot.Slack.Inbound;

/// <summary>The result of reading one inbound body: an envelope to dispatch, or something answered on the spot.</summary>
public abstract record EnvelopeParseResult
{
    private EnvelopeParseResult() { }

    /// <summary>A delivery to hand to the dispatcher.</summary>
    public sealed record Delivery(SlackEnvelope Envelope) : EnvelopeParseResult;

    /// <summary>The Events API handshake: answer with the challenge.</summary>
    public sealed record UrlVerification(string Challenge) : EnvelopeParseResult;

    /// <summary>Slack's certificate check for slash-command URLs: confirm, do nothing else.</summary>
    public sealed record SslCheck : EnvelopeParseResult;

    /// <summary>Slack telling us that it dropped events over the workspace limit; logged, not dispatched.</summary>
    public sealed record RateLimited(long MinuteRateLimited) : EnvelopeParseResult;

    /// <summary>A body that is not what Slack sends; answered 400.</summary>
    public sealed record Invalid(string Reason) : EnvelopeParseResult;
}
