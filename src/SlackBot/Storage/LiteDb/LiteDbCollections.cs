using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Home;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Features.Workspace;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// The name of the LiteDB collection each document type lives in: the stores read them, and a unit of work writes a
/// document to its type's collection. Constants only; existing files depend on these names, so they never change.
/// </summary>
public static class LiteDbCollections
{
    public const string Incidents = "incidents";
    public const string IncidentMessages = "incident_messages";
    public const string Moments = "moments";
    public const string Questions = "questions";
    public const string QuestionPlans = "question_plans";
    public const string QuestionFeedback = "question_feedback";
    public const string Findings = "findings";
    public const string FindingWithdrawals = "finding_withdrawals";
    public const string FindingDayTallies = "finding_day_tallies";
    public const string HomeViewers = "home_viewers";
    public const string Channels = "channels";
    public const string Users = "users";
    public const string ReviewJobs = "review_jobs";
    public const string ResponseUrlUses = "response_url_uses";
    public const string ChannelSettings = "channel_settings";
    public const string Ideas = "ideas";
    public const string DigestSubscriptions = "digest_subscriptions";
    public const string SentDigests = "sent_digests";
    public const string DigestVotes = "digest_votes";

    /// <summary>The collection of a document a unit of work saves; throws for a type no store keeps.</summary>
    public static string For(Type documentType) => documentType switch
    {
        _ when documentType == typeof(Incident) => Incidents,
        _ when documentType == typeof(IncidentMessage) => IncidentMessages,
        _ when documentType == typeof(Moment) => Moments,
        _ when documentType == typeof(AskedQuestion) => Questions,
        _ when documentType == typeof(QuestionPlan) => QuestionPlans,
        _ when documentType == typeof(QuestionFeedback) => QuestionFeedback,
        _ when documentType == typeof(Finding) => Findings,
        _ when documentType == typeof(HomeViewer) => HomeViewers,
        _ when documentType == typeof(ChannelInfo) => Channels,
        _ when documentType == typeof(PersonInfo) => Users,
        _ when documentType == typeof(ReviewJob) => ReviewJobs,
        _ when documentType == typeof(ResponseUrlUse) => ResponseUrlUses,
        _ when documentType == typeof(Features.Questions.ChannelSettings) => ChannelSettings,
        _ when documentType == typeof(Idea) => Ideas,
        _ when documentType == typeof(DigestSubscription) => DigestSubscriptions,
        _ when documentType == typeof(SentDigest) => SentDigests,
        _ when documentType == typeof(DigestVote) => DigestVotes,
        _ => throw new ArgumentException($"No store keeps documents of type {documentType.Name}; see docs/storage-contract.md.", nameof(documentType)),
    };
}
