using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

/// <summary>
/// What planning has done for an incident (<see cref="Id"/> is the incident's): the moments it has weighed, so that a
/// moment arriving later (a message Slack delivered late, a mark added afterwards) is weighed in a later pass, and
/// none is weighed twice.
/// </summary>
public sealed record QuestionPlan
{
    public string Id { get; init; } = "";
    /// <summary>When the latest pass ran.</summary>
    public DateTimeOffset PlannedAt { get; init; }
    /// <summary>Questions planned over all passes.</summary>
    public int Questions { get; init; }
    public int Passes { get; init; }
    /// <summary>Every moment a pass has weighed, asked about or not.</summary>
    public IReadOnlyList<string> MomentIds { get; init; } = [];

    /// <summary>The moments no pass has weighed yet; all of them when there is no plan.</summary>
    public static IReadOnlyList<Moment> NotYetWeighed(QuestionPlan? plan, IReadOnlyList<Moment> moments)
    {
        if (plan is null) return moments;
        var weighed = plan.MomentIds.ToHashSet(StringComparer.Ordinal);
        return moments.Where(moment => !weighed.Contains(moment.Id)).ToList();
    }

    /// <summary>The plan after a pass that weighed <paramref name="moments"/> and planned <paramref name="planned"/> questions.</summary>
    public static QuestionPlan After(QuestionPlan? plan, string incidentId, IReadOnlyList<Moment> moments, int planned, DateTimeOffset at) => new()
    {
        Id = incidentId,
        PlannedAt = at,
        Questions = (plan?.Questions ?? 0) + planned,
        Passes = (plan?.Passes ?? 0) + 1,
        MomentIds = [.. (plan?.MomentIds ?? []).Concat(moments.Select(moment => moment.Id)).Distinct(StringComparer.Ordinal)],
    };
}
