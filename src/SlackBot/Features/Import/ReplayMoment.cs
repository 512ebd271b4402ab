using SlackBot.Features.Import.Export;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Features.Import;

/// <summary>A learning moment found in an export's history, with the question the bot would have asked about it.</summary>
public sealed record ReplayMoment(
    ExportChannel Channel,
    ExportMessage Message,
    MomentCategory Category,
    double Confidence,
    string Cue,
    bool Marked,
    ComposedQuestion Question)
{
    public string MomentId => Moment.IdFor(Channel.Id, Message.Ts);

    public Moment ToMoment(string incidentId) => new()
    {
        Id = MomentId,
        IncidentId = incidentId,
        ChannelId = Channel.Id,
        Ts = Message.Ts,
        ThreadTs = Message.IsThreadReply ? Message.ThreadTs : null,
        UserId = Message.User!,
        Text = Message.Text ?? "",
        Category = Category,
        Confidence = Confidence,
        Cue = Cue,
        Source = Marked ? MomentSource.Marked : MomentSource.Detected,
        At = Message.Time,
    };
}
