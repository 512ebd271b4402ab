namespace SlackBot.Features.Findings;

public sealed class FindingOptions
{
    public const string Section = "Findings";

    /// <summary>The reaction (emoji name without colons) that turns a message into a finding.</summary>
    public string CaptureReaction { get; set; } = "bulb";
}
