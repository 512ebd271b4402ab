using System.Text.Json.Nodes;
using SlackBot.Slack.Text;

namespace SlackBot.Slack.Blocks;

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}

/// <summary>
/// Builders for the Block Kit pieces the bot uses. They produce <see cref="JsonObject"/>s in Slack's wire format and
/// respect Slack's length limits (texts are shortened rather than rejected by Slack).
/// </summary>
public static class BlockKit
{
    public static JsonArray List(params JsonObject[] blocks) => [.. blocks];

    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(Mrkdwn.Truncate(text, 150)),
    };

    public static JsonObject Section(string mrkdwn, JsonObject? accessory = null, string? blockId = null)
    {
        var block = new JsonObject { ["type"] = "section", ["text"] = MarkdownText(Mrkdwn.Truncate(mrkdwn, 3000)) };
        if (blockId is not null) block["block_id"] = blockId;
        if (accessory is not null) block["accessory"] = accessory;
        return block;
    }

    public static JsonObject Context(params string[] mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. mrkdwn.Take(10).Select(text => (JsonNode)MarkdownText(Mrkdwn.Truncate(text, 3000)))]),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(string blockId, params JsonObject[] elements) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. elements]),
    };

    public static JsonObject Button(string text, string actionId, string? value = null, ButtonStyle style = ButtonStyle.Default)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(Mrkdwn.Truncate(text, 75)),
            ["action_id"] = actionId,
        };
        if (value is not null) button["value"] = value;
        if (style != ButtonStyle.Default) button["style"] = style == ButtonStyle.Primary ? "primary" : "danger";
        return button;
    }

    public static JsonObject Input(string blockId, string label, JsonObject element, bool optional = false, string? hint = null)
    {
        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = blockId,
            ["label"] = PlainText(Mrkdwn.Truncate(label, 2000)),
            ["element"] = element,
            ["optional"] = optional,
        };
        if (hint is not null) block["hint"] = PlainText(Mrkdwn.Truncate(hint, 2000));
        return block;
    }

    public static JsonObject PlainTextInput(string actionId, bool multiline = false, string? placeholder = null, string? initialValue = null, int? maxLength = null)
    {
        var element = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = actionId, ["multiline"] = multiline };
        if (placeholder is not null) element["placeholder"] = PlainText(Mrkdwn.Truncate(placeholder, 150));
        if (initialValue is not null) element["initial_value"] = initialValue;
        if (maxLength is not null) element["max_length"] = maxLength;
        return element;
    }

    /// <summary>A single choice from a fixed list (<c>static_select</c>, at most 100 options); <paramref name="initialValue"/> must be one of them.</summary>
    public static JsonObject StaticSelect(string actionId, string placeholder, IEnumerable<(string Value, string Label)> options, string? initialValue = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var list = options.Select(option => Option(option.Value, option.Label)).ToList();
        var element = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = actionId,
            ["placeholder"] = PlainText(Mrkdwn.Truncate(placeholder, 150)),
            ["options"] = new JsonArray([.. list]),
        };
        if (initialValue is not null && list.FirstOrDefault(option => option["value"]!.GetValue<string>() == initialValue) is { } initial)
            element["initial_option"] = initial.DeepClone();
        return element;
    }

    /// <summary>One option of a select menu; Slack limits the label to 75 characters and the value to 150.</summary>
    public static JsonObject Option(string value, string label) => new()
    {
        ["text"] = PlainText(Mrkdwn.Truncate(label, 75)),
        ["value"] = value,
    };

    /// <summary>A modal view for <c>views.open</c>; Slack limits the title to 24 characters.</summary>
    public static JsonObject Modal(string callbackId, string title, JsonArray blocks, string? submit = null, string close = "Cancel", string? privateMetadata = null)
    {
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = callbackId,
            ["title"] = PlainText(Mrkdwn.Truncate(title, 24)),
            ["close"] = PlainText(Mrkdwn.Truncate(close, 24)),
            ["blocks"] = blocks,
        };
        if (submit is not null) view["submit"] = PlainText(Mrkdwn.Truncate(submit, 24));
        if (privateMetadata is not null) view["private_metadata"] = privateMetadata;
        return view;
    }

    /// <summary>An App Home view for <c>views.publish</c>.</summary>
    public static JsonObject Home(JsonArray blocks) => new() { ["type"] = "home", ["blocks"] = blocks };

    public static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    public static JsonObject MarkdownText(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };
}
