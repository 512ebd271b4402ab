using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

/// <summary>A detected learning moment that could become a question to <paramref name="UserId"/>.</summary>
/// <param name="Ts">The Slack timestamp of the moment's message, e.g. "1700000000.000100".</param>
public sealed record MomentCandidate(string MomentId, string UserId, MomentCategory Category, double Confidence, string Ts);
