namespace SlackBot.Features.Moments;

public sealed class MomentOptions
{
    public const string Section = "Moments";

    /// <summary>The reaction (emoji name without colons) with which responders mark a message as a learning moment.</summary>
    public string MarkReaction { get; set; } = "mag";
}
