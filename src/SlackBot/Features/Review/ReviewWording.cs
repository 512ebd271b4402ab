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
        OpenMomentState.WantsTheReview => "wants to talk about it at the review",
        OpenMomentState.Passed => "passed for now (respected: raise it only if they do)",
        OpenMomentState.DoesNotKnow => "doesn't know",
        OpenMomentState.PointedElsewhere => "pointed elsewhere",
        _ => state.ToString(),
    };

    /// <summary>The state, and for a reply that pointed elsewhere whom or where to ask (names, not ids, as the reader sees them).</summary>
    public static string Describe(OpenMoment open, Func<string, string> nameOf)
    {
        var state = Describe(open.State);
        if (open.Reply is not { } reply) return state;
        if (reply.PointsTo.Count > 0) return $"{state}; suggests asking {string.Join(" or ", reply.PointsTo.Select(id => "@" + nameOf(id)))}";
        return reply.Pointer is { Length: > 0 } pointer ? $"{state}: “{ReviewText.Plain(pointer, nameOf)}”" : state;
    }

    public static string Describe(IReadOnlyList<InviteReason> reasons) => string.Join("; ", reasons.Select(reason => reason switch
    {
        InviteReason.NamedAsTheOneWhoKnows => "named by others as the one who knows",
        InviteReason.SuggestedByAnswerers => "suggested by someone asked (\"ask them\")",
        InviteReason.HadMoments => "was part of learning moments",
        InviteReason.Answered => "answered questions",
        _ => reason.ToString(),
    }));

    public const string SeeTheExport = "see the export (`/learn export`)";

    public static string AndMore(int more) => $"…and {more} more — {SeeTheExport}";
}
