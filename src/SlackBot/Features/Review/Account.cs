namespace SlackBot.Features.Review;

/// <summary>What kind of record an account was read from.</summary>
public enum AccountSource
{
    /// <summary>A message in the incident channel.</summary>
    Message,
    /// <summary>An answer, note or marked message kept as a finding.</summary>
    Finding,
}

/// <summary>
/// One person's account of something in the incident, in their own words: a message they wrote in the channel or a
/// finding (an answer about a moment, a note). Two accounts are about the same thing when they share a moment or a
/// thread, or were said about the same stretch of time.
/// </summary>
/// <param name="Key">Unique among the accounts compared: <c>{channel}:{ts}</c> for messages, the finding id otherwise.</param>
/// <param name="Text">Plain text (no Slack markup), names in place of mentions.</param>
/// <param name="SaidAt">When it was said or written.</param>
public sealed record Account(string Key, string AuthorId, string Text, DateTimeOffset SaidAt, AccountSource Source)
{
    /// <summary>The moment the account is about (an answer) or is (the moment's own message).</summary>
    public string? MomentId { get; init; }

    /// <summary><c>{channel}:{thread root ts}</c> of the conversation the account is part of, if any.</summary>
    public string? ThreadKey { get; init; }

    /// <summary>The time of what the account talks about: the moment's time for an answer, the thread's start for a reply.</summary>
    public DateTimeOffset AboutAt { get; init; }

    public string? Permalink { get; init; }

    /// <summary>True when both accounts belong to one moment or one thread: one is a reply to, or an answer about, the other's subject.</summary>
    public bool SharesSubjectWith(Account other) =>
        (MomentId is not null && MomentId == other.MomentId) || (ThreadKey is not null && ThreadKey == other.ThreadKey);
}
