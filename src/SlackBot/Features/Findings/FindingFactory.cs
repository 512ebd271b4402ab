using SlackBot.Features.Questions;

namespace SlackBot.Features.Findings;

/// <summary>
/// Builds a finding from a draft and what is known around it (the incident's name, the channel's privacy, a
/// permalink). Pure, so live capture and the export import make findings the same way.
/// </summary>
public static class FindingFactory
{
    public static Finding Build(FindingDraft draft, string? incidentName, bool fromPrivateChannel, string? permalink, Finding? existing, DateTimeOffset now) => new()
    {
        Id = draft.Id,
        Text = draft.Text.Trim(),
        AuthorId = draft.AuthorId,
        SavedBy = draft.SavedBy ?? existing?.SavedBy,
        IncidentId = draft.IncidentId,
        IncidentName = incidentName,
        MomentId = draft.MomentId,
        QuestionId = draft.QuestionId,
        QuestionText = draft.QuestionText,
        ParentFindingId = draft.ParentFindingId,
        Category = draft.Category,
        Themes = ThemeTagger.Tag(draft.Text, draft.Category),
        ChannelId = draft.ChannelId,
        MessageTs = draft.MessageTs,
        Permalink = permalink ?? existing?.Permalink,
        FromPrivateChannel = draft.FromPrivateChannel ?? fromPrivateChannel,
        Source = draft.Source,
        BlameFlags = BlameFlags(draft.Text),
        CreatedAt = existing?.CreatedAt ?? draft.At ?? now,
        UpdatedAt = existing is null ? null : now,
    };

    /// <summary>The finding with new words: themes and blame flags follow the text.</summary>
    public static Finding Edit(Finding finding, string newText, DateTimeOffset now) => finding with
    {
        Text = newText.Trim(),
        Themes = ThemeTagger.Tag(newText, finding.Category),
        BlameFlags = BlameFlags(newText),
        UpdatedAt = now,
    };

    public static IReadOnlyList<string> BlameFlags(string text) =>
        LanguageCheck.FlagBlame(text).Select(issue => issue.Rule).Distinct(StringComparer.Ordinal).ToList();
}
