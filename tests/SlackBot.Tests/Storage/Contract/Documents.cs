using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Outbound;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>Realistic documents for the contract tests, every field set, times in whole milliseconds (UTC).</summary>
internal static class Documents
{
    public static Incident Incident(string channelId, DateTimeOffset startedAt, IncidentStatus status = IncidentStatus.Active) => new()
    {
        Id = SlackBot.Features.Incidents.Incident.IdFor(channelId, startedAt),
        ChannelId = channelId,
        ChannelName = "inc-" + channelId.ToLowerInvariant(),
        Title = "Checkout latency",
        IsPrivate = false,
        Origin = IncidentOrigin.ChannelName,
        Status = status,
        StartedAt = startedAt,
        StartedBy = "U0CAROL",
        LastHumanMessageAt = startedAt.AddMinutes(20),
        ResolvedAt = status == IncidentStatus.Active ? null : startedAt.AddHours(2),
        ResolvedVia = status == IncidentStatus.Active ? null : ResolutionSource.Command,
        ResolvedBy = status == IncidentStatus.Active ? null : "U0CAROL",
        ReviewedAt = status == IncidentStatus.Reviewed ? startedAt.AddDays(2) : null,
        ReopenedAt = startedAt.AddMinutes(90),
        ReopenedBy = "U0BOB",
        PastResolutions = [new PastResolution { ResolvedAt = startedAt.AddHours(1), ResolvedVia = ResolutionSource.Message, ResolvedBy = "U0ALICE", ReopenedAt = startedAt.AddMinutes(90), ReopenedBy = "U0BOB" }],
        Teams = ["payments", "checkout"],
    };

    public static IncidentMessage Message(string incidentId, string channelId, string ts, DateTimeOffset at, string text = "the pool is at 200") => new()
    {
        Id = IncidentMessage.IdFor(channelId, ts),
        IncidentId = incidentId,
        ChannelId = channelId,
        Ts = ts,
        ThreadTs = "1793886101.634084",
        UserId = "U0ALICE",
        Text = text,
        At = at,
    };

    public static Moment Moment(string incidentId, string channelId, string ts, DateTimeOffset at) => new()
    {
        Id = SlackBot.Features.Moments.Moment.IdFor(channelId, ts),
        IncidentId = incidentId,
        ChannelId = channelId,
        Ts = ts,
        ThreadTs = null,
        UserId = "U0ALICE",
        Text = "weird, the replica lag graph is flat",
        Category = MomentCategory.Surprises,
        Confidence = 0.8,
        Cue = "weird, the replica lag graph is flat",
        Source = MomentSource.Marked,
        MarkedBy = "U0BOB",
        At = at,
    };

    public static AskedQuestion Question(string momentId, string incidentId, DateTimeOffset createdAt, QuestionStatus status = QuestionStatus.Scheduled) => new()
    {
        Id = AskedQuestion.IdFor(momentId),
        MomentId = momentId,
        IncidentId = incidentId,
        ChannelId = "C0INC1",
        MomentTs = "1793886101.634084",
        ThreadRootTs = "1793886101.634084",
        UserId = "U0ALICE",
        TemplateId = "surprise-what-expected",
        Category = MomentCategory.Surprises,
        Text = "<@U0ALICE> you wrote “weird, the graph is flat”. What did you expect to see?",
        Delivery = QuestionDelivery.Thread,
        Status = status,
        CreatedAt = createdAt,
        ReleaseAt = createdAt.AddMinutes(30),
        Posts = 0,
    };

    public static Finding Finding(string id, string? incidentId, DateTimeOffset createdAt, string? questionId = null) => new()
    {
        Id = id,
        Text = "I keep a saved query in a gist for exactly this",
        AuthorId = "U0PRIYA",
        IncidentId = incidentId,
        IncidentName = "#inc-checkout — Checkout latency",
        MomentId = "C0INC1:1793886101.634084",
        QuestionId = questionId,
        QuestionText = questionId is null ? null : "What does it do that the dashboards don't?",
        Category = MomentCategory.ScriptsAndTools,
        Themes = ["Scripts and tools", "Observability"],
        ChannelId = "C0INC1",
        MessageTs = "1793886190.000200",
        Permalink = "https://northwind.slack.com/archives/C0INC1/p1793886190000200",
        FromPrivateChannel = false,
        Visibility = FindingVisibility.IncidentChannel,
        Source = FindingSource.ThreadReply,
        BlameFlags = ["counterfactual"],
        CreatedAt = createdAt,
        UpdatedAt = createdAt.AddMinutes(5),
    };

    public static OutboxMessage Post(string id, string channel = "C0INC1", string text = "hello") => new()
    {
        Id = id,
        Kind = OutboxKind.PostMessage,
        Channel = channel,
        Payload = $$"""{"channel":"{{channel}}","text":"{{text}}"}""",
        Correlation = "question:" + id,
    };
}
