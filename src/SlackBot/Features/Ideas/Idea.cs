namespace SlackBot.Features.Ideas;

/// <summary>
/// A fix idea from <c>/learn idea</c> ("we could alert on replica lag"), kept apart from findings: a parking lot, so
/// the review can stay on how the work was done. <see cref="Id"/> comes from the command's envelope, so a replayed
/// command keeps one idea.
/// </summary>
public sealed record Idea
{
    public string Id { get; init; } = "";
    public string IncidentId { get; init; } = "";
    public string Text { get; init; } = "";
    public string AuthorId { get; init; } = "";
    /// <summary>Where the command was typed.</summary>
    public string ChannelId { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }

    public static string IdFor(string envelopeId) => "idea:" + envelopeId;
}
