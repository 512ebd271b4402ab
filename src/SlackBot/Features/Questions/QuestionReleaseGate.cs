using SlackBot.Features.Incidents;

namespace SlackBot.Features.Questions;

/// <summary>What the release job does with a question whose release time has come.</summary>
public enum ReleaseDecision
{
    Post,
    /// <summary>The incident is active again (reopened) and the channel does not ask live: it stays as it is.</summary>
    WaitForResolution,
    /// <summary>
    /// It was due before the latest resolution's cool-down ended (planned before a reopen, or live in a channel that
    /// no longer asks live): it goes out after that cool-down instead, in the person's working hours.
    /// </summary>
    Retime,
}

/// <summary>
/// Nothing is asked while a response is under way unless the channel asks live: a pure check the release job makes
/// before posting, so that a reopened incident's planned (or snoozed) questions wait until it is resolved again.
/// Questions already posted are not touched.
/// </summary>
public static class QuestionReleaseGate
{
    public static ReleaseDecision Check(AskedQuestion question, Incident? incident, QuestionTimingMode timing, TimeSpan cooldownAfterResolution)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (incident is null || timing == QuestionTimingMode.Live) return ReleaseDecision.Post;
        if (incident.Status == IncidentStatus.Active) return ReleaseDecision.WaitForResolution;
        // Planning after a resolution never releases before its cool-down ends, so only a question planned earlier
        // is retimed; once retimed it is due after the cool-down and goes out.
        return incident.ResolvedAt is { } resolvedAt && question.ReleaseAt < resolvedAt + cooldownAfterResolution ? ReleaseDecision.Retime : ReleaseDecision.Post;
    }
}
