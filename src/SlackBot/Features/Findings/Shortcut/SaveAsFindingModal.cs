using System.Text.Json.Nodes;
using SlackBot.Features.Moments;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Findings;

/// <summary>
/// The <em>Save as finding</em> message shortcut and its modal: the message's words, editable, an optional theme and a
/// line saying whose words they are and where they were written.
/// </summary>
public static class SaveAsFindingModal
{
    /// <summary>The shortcut's callback_id in the manifest, and the modal's.</summary>
    public const string CallbackId = "save_as_finding";

    public const string TextBlock = "finding_text";
    public const string TextInput = "text";
    public const string ThemeBlock = "finding_theme";
    public const string ThemeInput = "theme";

    /// <summary>Slack's limit for a plain-text input, and so for the words of a saved finding.</summary>
    public const int MaxTextLength = 3000;

    /// <param name="words">The message's text, already plain.</param>
    /// <param name="suggested">Preselected theme: the moment's category when the message was noticed as one.</param>
    public static JsonObject Build(SavedMessage message, string words, MomentCategory? suggested) =>
        BlockKit.Modal(CallbackId, "Save as finding",
            BlockKit.List(
                BlockKit.Context($"From {Mrkdwn.Mention(message.AuthorId)}'s message {Where(message.ChannelId)}. The words stay theirs; edit them only to make them clearer."),
                BlockKit.Input(TextBlock, "What was learned",
                    BlockKit.PlainTextInput(TextInput, multiline: true, initialValue: Fit(words), maxLength: MaxTextLength)),
                BlockKit.Input(ThemeBlock, "Theme",
                    BlockKit.StaticSelect(ThemeInput, "Pick a theme",
                        MomentCategories.All.Select(category => (category.Key(), category.Label())), suggested?.Key()),
                    optional: true)),
            submit: "Save", close: "Cancel", privateMetadata: message.Serialize());

    /// <summary>The input refuses an initial value over its max_length, so a long message is cut to fit.</summary>
    public static string Fit(string words) => Mrkdwn.Truncate(words, MaxTextLength);

    private static string Where(string channelId) =>
        channelId.StartsWith('D') ? "in a direct message" : "in " + Mrkdwn.Channel(channelId);
}
