using System.Text.Json;

namespace SlackBot.Slack.Dispatch.Interactions;

/// <summary>A <c>block_actions</c> payload: someone pressed a button (or used another element) in a message, modal or Home tab.</summary>
public sealed record BlockActionsPayload
{
    public InteractionUser User { get; init; } = new("", null, null);
    public InteractionContainer? Container { get; init; }
    public InteractionChannel? Channel { get; init; }
    public InteractionMessage? Message { get; init; }
    public InteractionView? View { get; init; }
    public string? TriggerId { get; init; }
    public string? ResponseUrl { get; init; }
    public IReadOnlyList<BlockAction> Actions { get; init; } = [];
}

/// <summary>One pressed element: a button carries <see cref="Value"/>, a select or overflow its <see cref="SelectedOption"/>.</summary>
public sealed record BlockAction(string ActionId, string? BlockId, string? Value, string? Type, string? ActionTs, InteractionOption? SelectedOption = null);

/// <summary>The option chosen in a <c>static_select</c> or <c>overflow</c> element.</summary>
public sealed record InteractionOption(string? Value);

public sealed record InteractionUser(string Id, string? Username, string? TeamId);

public sealed record InteractionContainer(string? Type, string? MessageTs, string? ChannelId, string? ThreadTs, string? ViewId, bool? IsEphemeral);

public sealed record InteractionChannel(string Id, string? Name);

public sealed record InteractionMessage(string? Ts, string? ThreadTs, string? Text, string? User, string? BotId);

/// <summary>A modal or Home view as it comes back in interactions; <see cref="State"/> holds the inputs.</summary>
public sealed record InteractionView
{
    public string Id { get; init; } = "";
    public string? Type { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? Hash { get; init; }
    public JsonElement? State { get; init; }

    /// <summary>The value of a plain-text input: <c>state.values[blockId][actionId].value</c>.</summary>
    public string? InputValue(string blockId, string actionId) =>
        State is { ValueKind: JsonValueKind.Object } state &&
        state.TryGetProperty("values", out var values) &&
        values.TryGetProperty(blockId, out var block) &&
        block.TryGetProperty(actionId, out var action) &&
        action.TryGetProperty("value", out var value) &&
        value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The value of the chosen option of a select menu: <c>state.values[blockId][actionId].selected_option.value</c>; null when none is chosen.</summary>
    public string? SelectedValue(string blockId, string actionId) =>
        State is { ValueKind: JsonValueKind.Object } state &&
        state.TryGetProperty("values", out var values) &&
        values.TryGetProperty(blockId, out var block) &&
        block.TryGetProperty(actionId, out var action) &&
        action.TryGetProperty("selected_option", out var option) &&
        option.ValueKind == JsonValueKind.Object &&
        option.TryGetProperty("value", out var value) &&
        value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>A <c>view_submission</c> payload: the person pressed the modal's submit button.</summary>
public sealed record ViewSubmissionPayload
{
    public string Type { get; init; } = "view_submission";
    public InteractionUser User { get; init; } = new("", null, null);
    public InteractionView View { get; init; } = new();
    public string? TriggerId { get; init; }
}

/// <summary>
/// A <c>view_closed</c> payload: the person cancelled the modal (sent only for views opened with
/// <c>notify_on_close</c>). Whatever was typed is a draft, never an answer.
/// </summary>
public sealed record ViewClosedPayload
{
    public string Type { get; init; } = "view_closed";
    public InteractionUser User { get; init; } = new("", null, null);
    public InteractionView View { get; init; } = new();
    /// <summary>True when the whole stack of views was closed at once.</summary>
    public bool IsCleared { get; init; }
}

/// <summary>
/// A <c>message_action</c> payload: someone chose one of the app's message shortcuts from a message's menu. It carries
/// the message itself, so it works on messages the bot could not read (a DM, a channel it is not in).
/// </summary>
public sealed record MessageShortcutPayload
{
    public string Type { get; init; } = "message_action";
    public string CallbackId { get; init; } = "";
    public InteractionUser User { get; init; } = new("", null, null);
    public InteractionChannel? Channel { get; init; }
    public InteractionMessage? Message { get; init; }
    /// <summary>The message's ts (also <c>message.ts</c>).</summary>
    public string? MessageTs { get; init; }
    /// <summary>Valid for 3 seconds: open a modal with it straight away.</summary>
    public string? TriggerId { get; init; }
    /// <summary>Posts an ephemeral answer in the conversation of the message, even one the bot is not in.</summary>
    public string? ResponseUrl { get; init; }
    public string? ActionTs { get; init; }
}

/// <summary>A <c>shortcut</c> payload: someone chose one of the app's global shortcuts (no message, no channel).</summary>
public sealed record GlobalShortcutPayload
{
    public string Type { get; init; } = "shortcut";
    public string CallbackId { get; init; } = "";
    public InteractionUser User { get; init; } = new("", null, null);
    public string? TriggerId { get; init; }
    public string? ActionTs { get; init; }
}
