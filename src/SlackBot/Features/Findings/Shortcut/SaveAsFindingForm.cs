using SlackBot.Features.Moments;

namespace SlackBot.Features.Findings;

/// <summary>What a valid <em>Save as finding</em> submission says: the words, and the theme if one was picked.</summary>
public sealed record SaveAsFindingInput(string Text, MomentCategory? Category);

/// <summary>Reads the modal's inputs; pure, so the rules are tested without Slack.</summary>
public static class SaveAsFindingForm
{
    public const string EmptyText = "Write what was learned, or close the window.";
    public const string UnknownTheme = "Pick a theme from the list, or leave it empty.";

    /// <summary>The input, or the errors to show next to the blocks (by block_id); exactly one of the two is set.</summary>
    public static (SaveAsFindingInput? Input, IReadOnlyDictionary<string, string>? Errors) Read(string? text, string? theme)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = text?.Trim() ?? "";
        if (words.Length == 0)
            errors[SaveAsFindingModal.TextBlock] = EmptyText;
        else if (words.Length > SaveAsFindingModal.MaxTextLength)
            errors[SaveAsFindingModal.TextBlock] = $"Keep it to {SaveAsFindingModal.MaxTextLength} characters; this is {words.Length}.";

        MomentCategory? category = null;
        if (!string.IsNullOrEmpty(theme))
        {
            if (MomentCategories.TryParse(theme, out var parsed)) category = parsed;
            else errors[SaveAsFindingModal.ThemeBlock] = UnknownTheme;
        }

        return errors.Count > 0 ? (null, errors) : (new SaveAsFindingInput(words, category), null);
    }
}
