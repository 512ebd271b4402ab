using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Review;

/// <summary>
/// Writes an incident the way the bot would have recorded it: messages in the channel (some in threads), the moments
/// among them, the questions asked about those, and the findings people left. Minutes count from the start, so
/// tests read like the channel's timeline.
/// </summary>
internal sealed class IncidentScript
{
    public const string Channel = "C0INCIDENT";
    public static readonly DateTimeOffset Start = new(2026, 11, 5, 14, 0, 0, TimeSpan.Zero);

    private readonly List<IncidentMessage> _messages = [];
    private readonly List<Moment> _moments = [];
    private readonly List<AskedQuestion> _questions = [];
    private readonly List<Finding> _findings = [];
    private readonly List<IdeaNote> _ideas = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private int _sequence;

    public IncidentScript(string channelName = "inc-2026-11-checkout-latency", string? title = "Checkout slow", bool isPrivate = false)
    {
        Incident = new Incident
        {
            Id = Incident.IdFor(Channel, Start),
            ChannelId = Channel,
            ChannelName = channelName,
            Title = title,
            IsPrivate = isPrivate,
            Status = IncidentStatus.Resolved,
            StartedAt = Start,
            StartedBy = null,
            ResolvedAt = Start.AddMinutes(128),
            ResolvedVia = ResolutionSource.Command,
        };
    }

    public Incident Incident { get; private set; }

    public IncidentScript Person(string id, string name)
    {
        _names[id] = name;
        return this;
    }

    public string NameOf(string id) => _names.GetValueOrDefault(id) ?? id;

    public IncidentScript ResolvedBy(string userId)
    {
        Incident = Incident with { ResolvedBy = userId, StartedBy = Incident.StartedBy ?? userId };
        return this;
    }

    /// <summary>A message in the channel (or in the thread of <paramref name="inThreadOf"/>); returns its ts.</summary>
    public string Say(string user, double minute, string text, string? inThreadOf = null)
    {
        var ts = NextTs(minute);
        _messages.Add(new IncidentMessage
        {
            Id = IncidentMessage.IdFor(Channel, ts),
            IncidentId = Incident.Id,
            ChannelId = Channel,
            Ts = ts,
            ThreadTs = inThreadOf,
            UserId = user,
            Text = text,
            At = SlackTs.ToTime(ts),
        });
        return ts;
    }

    /// <summary>A message that is also a learning moment.</summary>
    public Moment Moment(string user, double minute, string text, MomentCategory category, string cue, string? inThreadOf = null, bool keepMessage = true)
    {
        var ts = keepMessage ? Say(user, minute, text, inThreadOf) : NextTs(minute);
        var moment = new Moment
        {
            Id = SlackBot.Features.Moments.Moment.IdFor(Channel, ts),
            IncidentId = Incident.Id,
            ChannelId = Channel,
            Ts = ts,
            ThreadTs = inThreadOf,
            UserId = user,
            Text = text,
            Category = category,
            Confidence = 0.8,
            Cue = cue,
            At = SlackTs.ToTime(ts),
        };
        _moments.Add(moment);
        return moment;
    }

    public AskedQuestion Ask(Moment moment, QuestionStatus status, string text, string templateId, double postedMinute)
    {
        var postedTs = status == QuestionStatus.Scheduled ? null : NextTs(postedMinute);
        var question = new AskedQuestion
        {
            Id = AskedQuestion.IdFor(moment.Id),
            MomentId = moment.Id,
            IncidentId = Incident.Id,
            ChannelId = Channel,
            MomentTs = moment.Ts,
            ThreadRootTs = moment.ThreadRootTs,
            UserId = moment.UserId,
            TemplateId = templateId,
            Category = moment.Category,
            Text = text,
            Status = status,
            CreatedAt = Start.AddMinutes(postedMinute - 1),
            ReleaseAt = Start.AddMinutes(postedMinute),
            Posts = postedTs is null ? 0 : 1,
            PostedAt = postedTs is null ? null : SlackTs.ToTime(postedTs),
            PostedChannel = postedTs is null ? null : Channel,
            PostedTs = postedTs,
        };
        _questions.Add(question);
        return question;
    }

    /// <summary>An answer in the question's thread (it is a channel message too) or, with <paramref name="modal"/>, typed into the modal.</summary>
    public Finding Answer(AskedQuestion question, string author, double minute, string text, bool modal = false, params string[] subjects)
    {
        var moment = _moments.Single(candidate => candidate.Id == question.MomentId);
        var ts = modal ? null : Say(author, minute, text, moment.ThreadRootTs);
        var finding = FindingFor(modal ? Finding.IdForModal(question.Id, author) : Finding.IdForMessage(Channel, ts!), author, minute, text, moment.Category, modal ? FindingSource.ModalAnswer : FindingSource.ThreadReply, subjects) with
        {
            MomentId = moment.Id,
            QuestionId = question.Id,
            QuestionText = question.Text,
            MessageTs = ts,
        };
        _findings.Add(finding);
        return finding;
    }

    /// <summary>A finding that is not an answer: a note, or a marked message, possibly from a private channel.</summary>
    public Finding Note(string author, double minute, string text, MomentCategory? category = null, bool fromPrivateChannel = false, params string[] subjects)
    {
        var finding = FindingFor($"note:{author}:{++_sequence}", author, minute, text, category, FindingSource.Note, subjects) with { FromPrivateChannel = fromPrivateChannel };
        _findings.Add(finding);
        return finding;
    }

    public IncidentScript Idea(string author, double minute, string text)
    {
        _ideas.Add(new IdeaNote(text, author, Start.AddMinutes(minute)));
        return this;
    }

    /// <summary>The material, with a permalink for every message the bot would have looked up.</summary>
    public ReviewMaterial Material(bool withMessages = true) => new()
    {
        Incident = Incident,
        Moments = [.. _moments.OrderBy(moment => moment.At)],
        Questions = [.. _questions],
        Findings = [.. _findings.OrderBy(finding => finding.CreatedAt)],
        Messages = withMessages ? [.. _messages.OrderBy(message => message.At)] : [],
        Ideas = [.. _ideas],
        Permalinks = _moments.Select(moment => moment.Ts).Concat(_questions.Select(question => question.PostedTs).OfType<string>())
            .Distinct()
            .ToDictionary(ts => ReviewMaterial.LinkKey(Channel, ts), Link, StringComparer.Ordinal),
    };

    public static string Link(string ts) => $"https://northwind.slack.com/archives/{Channel}/p{ts.Replace(".", "", StringComparison.Ordinal)}";

    /// <summary>Themes as the tagger gives them (the category's label, then the subjects), spelled out so the tests read them.</summary>
    private Finding FindingFor(string id, string author, double minute, string text, MomentCategory? category, FindingSource source, string[] subjects) => new()
    {
        Id = id,
        Text = text,
        AuthorId = author,
        IncidentId = Incident.Id,
        IncidentName = Incident.DisplayName,
        Category = category,
        Themes = [.. (category is { } known ? new[] { known.Label() } : []).Concat(subjects)],
        ChannelId = Channel,
        Permalink = $"https://northwind.slack.com/archives/{Channel}/finding-{_sequence + 1}",
        Source = source,
        CreatedAt = Start.AddMinutes(minute),
    };

    // Slack ts strings of the minute, kept unique by a microsecond counter.
    private string NextTs(double minute)
    {
        var at = Start.AddMinutes(minute);
        return $"{at.ToUnixTimeSeconds()}.{++_sequence:D6}";
    }
}
