namespace SlackBot.Testing.Fakes;

/// <summary>How <see cref="SignedRequestSender.SendRawAsync"/> signs a request: correctly, or in one of the ways a
/// verifier must reject.</summary>
public enum SigningMode
{
    /// <summary>Signed with the right secret and the current time, as Slack does.</summary>
    Valid,

    /// <summary>Neither X-Slack-Request-Timestamp nor X-Slack-Signature.</summary>
    NoHeaders,

    /// <summary>Timestamp present, signature absent.</summary>
    MissingSignature,

    /// <summary>Signature present, timestamp absent.</summary>
    MissingTimestamp,

    /// <summary>Correctly signed, but the timestamp is 301 seconds in the past.</summary>
    Stale,

    /// <summary>Correctly signed, but the timestamp is 301 seconds in the future.</summary>
    Future,

    /// <summary>The right HMAC under an unknown version prefix: "v1=".</summary>
    WrongVersion,

    /// <summary>Signed, then six bytes ("------") appended to the body.</summary>
    TamperedBody,

    /// <summary>Signed with a different secret.</summary>
    WrongSecret,

    /// <summary>The right HMAC written in uppercase hex; Slack always sends lowercase.</summary>
    UppercaseSignature,

    /// <summary>A timestamp header that is not a number (the signature is computed over that text).</summary>
    NonNumericTimestamp,
}
