namespace SlackBot.Features.Findings;

/// <summary>
/// Who may see a finding, as its author chose. Narrowing never widens: a finding from a private channel stays
/// restricted to that channel whatever is chosen here (<see cref="Search.FindingSearchRules.RestrictedTo"/>).
/// </summary>
public enum FindingVisibility
{
    /// <summary>Everyone in the organisation (the default).</summary>
    Organisation,
    /// <summary>Only the members of the finding's channel, as if it came from a private channel.</summary>
    IncidentChannel,
}
