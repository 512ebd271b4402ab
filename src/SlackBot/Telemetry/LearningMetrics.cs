using System.Diagnostics.Metrics;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Telemetry;

/// <summary>
/// What the learning loop achieves, on the bot's Meter (<see cref="SlackMetrics.MeterName"/>): questions that reached
/// people, the replies that answered or declined them, and the findings kept. Counted after the change committed.
/// </summary>
public sealed class LearningMetrics
{
    private readonly Counter<long> _asked;
    private readonly Counter<long> _answered;
    private readonly Counter<long> _declined;
    private readonly Counter<long> _findingsSaved;

    public LearningMetrics(IMeterFactory meterFactory)
        : this((meterFactory ?? throw new ArgumentNullException(nameof(meterFactory))).Create(SlackMetrics.MeterName))
    {
    }

    private LearningMetrics(Meter meter)
    {
        _asked = meter.CreateCounter<long>("slackbot_questions_asked", description: "Questions Slack accepted in a channel, thread or direct message.");
        _answered = meter.CreateCounter<long>("slackbot_questions_answered", description: "Questions closed by the person asked with an answer.");
        _declined = meter.CreateCounter<long>("slackbot_questions_declined", description: "Questions the person asked declined by reply (pass, not sure, at the review); Not relevant is not a decline.");
        _findingsSaved = meter.CreateCounter<long>("slackbot_findings_saved", description: "Findings recorded or updated: answers, notes, captures.");
    }

    /// <summary>For code built without a container (tests, the offline commands).</summary>
    internal static LearningMetrics Unregistered { get; } = new(new Meter(SlackMetrics.MeterName));

    public void QuestionAsked() => _asked.Add(1);

    public void QuestionAnswered() => _answered.Add(1);

    public void QuestionDeclined() => _declined.Add(1);

    public void FindingSaved() => _findingsSaved.Add(1);
}
