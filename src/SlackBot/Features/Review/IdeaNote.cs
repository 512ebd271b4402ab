namespace SlackBot.Features.Review;

/// <summary>
/// A fix idea ("we should add an alert on replica lag"), kept apart from findings: a parking lot, so that the review
/// can stay on learning. Plain data until ideas have a store of their own.
/// </summary>
public sealed record IdeaNote(string Text, string AuthorId, DateTimeOffset At, string? Permalink = null);
