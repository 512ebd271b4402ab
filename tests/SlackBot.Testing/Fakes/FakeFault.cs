namespace SlackBot.Testing.Fakes;

/// <summary>Something that goes wrong with exactly one Web API call. Queued per method by <see cref="FakeSlackFaults"/>.</summary>
public abstract record FakeFault;

/// <summary>HTTP 429 with <c>Retry-After</c>; the call has no effect.</summary>
public sealed record RateLimitFault(int RetryAfterSeconds) : FakeFault;

/// <summary>An HTTP 5xx. With <see cref="AfterProcessing"/> the call takes effect first (a message is stored) and only
/// the answer is lost, the case in which a blind retry would post twice.</summary>
public sealed record ServerErrorFault(int Status, bool AfterProcessing) : FakeFault;

/// <summary>The call is held for <see cref="Delay"/> (on the fake's clock) and then processed normally.</summary>
public sealed record SlowFault(TimeSpan Delay) : FakeFault;

/// <summary>HTTP 200 with <c>{"ok":false,"error":…}</c>; the call has no effect.</summary>
public sealed record ErrorFault(string Error) : FakeFault;

/// <summary>The TCP connection is torn down without an HTTP answer, as a dropped load balancer connection does. With
/// <see cref="AfterProcessing"/> the call takes effect first, so the client cannot know whether it did.</summary>
public sealed record ConnectionResetFault(bool AfterProcessing) : FakeFault;
