namespace SlackBot.Features.Moments;

/// <summary>
/// A learning moment found in a message: its kind, how sure the detector is (0..1], comparable across
/// categories so the best few moments of an incident can be picked), and the person's own words that
/// made it one, short enough to quote back to them.
/// </summary>
public sealed record MomentDetection(MomentCategory Category, double Confidence, string Cue);
