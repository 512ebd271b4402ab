using SlackBot.Slack.Text;

namespace SlackBot.Slack.Dispatch.Events;

/// <summary><c>reaction_added</c> or <c>reaction_removed</c>; <see cref="Reaction"/> is the emoji name without colons.</summary>
public sealed record ReactionEvent
{
    public string Type { get; init; } = "reaction_added";
    public string? User { get; init; }
    public string Reaction { get; init; } = "";
    public string? ItemUser { get; init; }
    public ReactionItem? Item { get; init; }
    public string? EventTs { get; init; }

    /// <summary>The emoji name without a skin-tone suffix: <c>thumbsup::skin-tone-2</c> → <c>thumbsup</c>.</summary>
    public string BaseReaction => SlackEmoji.BaseName(Reaction);
}

public sealed record ReactionItem(string? Type, string? Channel, string? Ts);
