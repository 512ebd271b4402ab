namespace SlackBot.Features.Review;

/// <summary>The few phrases the pack's renderers share, so the message and the export say the same thing.</summary>
internal static class ReviewWording
{
    public static string Describe(OpenMomentState state) => state switch
    {
        OpenMomentState.NotAsked => "not asked",
        OpenMomentState.Scheduled => "question planned",
        OpenMomentState.Asked => "asked, no answer yet",
        OpenMomentState.Snoozed => "snoozed",
        OpenMomentState.Declined => "declined (respected: raise it only if they do)",
        _ => state.ToString(),
    };

    public static string Describe(IReadOnlyList<InviteReason> reasons) => string.Join("; ", reasons.Select(reason => reason switch
    {
        InviteReason.NamedAsTheOneWhoKnows => "named by others as the one who knows",
        InviteReason.HadMoments => "was part of learning moments",
        InviteReason.Answered => "answered questions",
        _ => reason.ToString(),
    }));

    public const string SeeTheExport = "see the export (`/learn export`)";

    public static string AndMore(int more) => $"…and {more} more — {SeeTheExport}";
}
