namespace SlackBot.Features.Moments;

/// <summary>One rule's strongest match in a message, after context (negation, questions) was weighed.</summary>
internal sealed record MomentEvidence(MomentRule Rule, double Strength, int Index, int Length)
{
    public MomentCategory Category => Rule.Category;
}
