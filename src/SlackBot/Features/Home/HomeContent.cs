using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Home;

/// <summary>
/// Everything one person's Home tab shows, already chosen and ordered (<see cref="HomeContentReader"/> reads it), so
/// that <see cref="HomeView.Compose"/> is a pure function of plain data.
/// </summary>
public sealed record HomeContent
{
    /// <summary>Their open questions, newest first, at most <see cref="HomeView.MaxQuestions"/>.</summary>
    public IReadOnlyList<AskedQuestion> OpenQuestions { get; init; } = [];

    /// <summary>How many questions are open in all (more than are shown, perhaps).</summary>
    public int OpenQuestionCount { get; init; }

    /// <summary>Their own findings, newest first, at most <see cref="HomeView.MaxOwnFindings"/>.</summary>
    public IReadOnlyList<Finding> OwnFindings { get; init; } = [];

    /// <summary>Active incidents they posted in or were asked about.</summary>
    public IReadOnlyList<Incident> ActiveIncidents { get; init; } = [];

    /// <summary>The organisation's newest findings that this person may see, newest first.</summary>
    public IReadOnlyList<Finding> RecentlyLearned { get; init; } = [];
}
