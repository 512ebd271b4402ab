using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.Features.Digests;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>Everything <c>/learn status</c> says about an incident, read from the stores beforehand.</summary>
public sealed record IncidentStatusFacts(
    Incident Incident,
    IReadOnlyList<IncidentWriter> Writers,
    IReadOnlyList<MomentOutline> Moments,
    IReadOnlyList<AskedQuestion> Questions,
    int Findings,
    EffectiveQuestionSettings Settings,
    TimeSpan Cooldown,
    DateTimeOffset Now,
    IReadOnlyList<PulseWeek> Pulse);

/// <summary>
/// <c>/learn status</c> as a compact ephemeral message: state and timing (when questions go out), moments, questions,
/// findings, who took part, the team tags, and the weekly digests' pulse ("I learned something"). Pure: the same facts give the same message. Times are Slack date tokens,
/// so each reader sees them in their own time zone.
/// </summary>
public static class IncidentStatusReport
{
    private const int TopCategories = 3;
    private const int ParticipantsShown = 12;

    public static CommandReply Compose(IncidentStatusFacts facts, string command)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var state = StateLine(facts);
        var questions = QuestionsLine(facts, command);
        var numbers = $"{MomentsLine(facts.Moments)}\n{QuestionCounts(facts.Questions)}\n*Findings:* {facts.Findings}";
        var people = $"*People:* {Participants(facts)} · *Teams:* {Teams(facts.Incident, command)}";
        if (DigestWording.Pulse(facts.Pulse) is { } pulse) numbers += $"\n*Digests:* {Mrkdwn.Escape(pulse)}";

        var blocks = new JsonArray
        {
            BlockKit.Header($"Status: {facts.Incident.DisplayName}"),
            BlockKit.Section($"{state}\n{questions}"),
            BlockKit.Section(numbers),
            BlockKit.Context(people),
        };
        var text = $"Status of {Mrkdwn.Escape(facts.Incident.DisplayName)}: {state}\n{questions}\n{numbers}\n{people}";
        return CommandReply.Ephemeral(text, blocks);
    }

    private static string StateLine(IncidentStatusFacts facts)
    {
        var incident = facts.Incident;
        var line = new StringBuilder();
        line.Append(incident.Status switch
        {
            IncidentStatus.Active => "*Active*",
            IncidentStatus.Resolved => "*Resolved*",
            _ => "*Reviewed*",
        });
        line.Append(CultureInfo.InvariantCulture, $" · started {Date(incident.StartedAt)}");
        if (incident.ResolvedAt is { } resolvedAt)
        {
            line.Append(CultureInfo.InvariantCulture, $" · resolved {Date(resolvedAt)}{(incident.ResolvedBy is { Length: > 0 } by && by[0] is 'U' or 'W' ? " by " + Mrkdwn.Mention(by) : "")}");
            line.Append(CultureInfo.InvariantCulture, $" · lasted {Duration(resolvedAt - incident.StartedAt)}");
        }
        else
        {
            line.Append(CultureInfo.InvariantCulture, $" · going for {Duration(facts.Now - incident.StartedAt)}");
        }

        if (incident.ReopenedAt is { } reopenedAt)
            line.Append(CultureInfo.InvariantCulture, $" · reopened {Date(reopenedAt)}{(incident.ReopenedBy is { } reopener ? " by " + Mrkdwn.Mention(reopener) : "")}");
        return line.ToString();
    }

    private static string QuestionsLine(IncidentStatusFacts facts, string command)
    {
        var incident = facts.Incident;
        var waiting = facts.Questions.Where(question => question.Status == QuestionStatus.Scheduled).ToList();
        if (incident.Origin == IncidentOrigin.Import) return "*Questions:* none; it was read from a Slack export.";
        if (facts.Settings.Timing == QuestionTimingMode.Live && incident.Status == IncidentStatus.Active)
            return "*Questions:* live, asked during the response and paced per channel" + Next(waiting) + ".";
        if (incident.Status == IncidentStatus.Active)
            return $"*Questions:* none while it is active; they follow resolution (`{command} resolve`) and a {Duration(facts.Cooldown)} cool-down" +
                   (waiting.Count > 0 ? $" ({waiting.Count} planned, waiting for it)" : "") + ".";

        var cooldownEnd = (incident.ResolvedAt ?? facts.Now) + facts.Cooldown;
        if (facts.Now < cooldownEnd) return $"*Questions:* after the cool-down, from {Date(cooldownEnd)}.";
        if (waiting.Count > 0) return $"*Questions:* {waiting.Count} planned{Next(waiting)}.";
        if (incident.QuestionsPlannedAt is not null || facts.Questions.Count > 0) return "*Questions:* every planned question has gone out.";
        return facts.Moments.Count == 0 ? "*Questions:* nothing to ask about yet (no moments)." : "*Questions:* being planned now.";
    }

    private static string Next(IReadOnlyList<AskedQuestion> waiting) =>
        waiting.Count == 0 ? "" : $", next {Date(waiting.Min(question => question.ReleaseAt))}";

    private static string MomentsLine(IReadOnlyList<MomentOutline> moments)
    {
        if (moments.Count == 0) return "*Moments:* none yet";
        var top = moments.GroupBy(moment => moment.Category)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key)
            .Take(TopCategories)
            .Select(group => $"{group.Key.Label()} {group.Count()}");
        return $"*Moments:* {moments.Count} ({string.Join(", ", top)})";
    }

    private static string QuestionCounts(IReadOnlyList<AskedQuestion> questions)
    {
        var counted = questions.Where(question => question.Status != QuestionStatus.Cancelled).ToList();
        if (counted.Count == 0) return "*Questions asked:* none yet";
        int Count(QuestionStatus status) => counted.Count(question => question.Status == status);
        var asked = counted.Count(question => question.Posts > 0 || question.Status is not QuestionStatus.Scheduled);
        var parts = new List<string>
        {
            $"{asked} asked",
            $"{Count(QuestionStatus.Answered)} answered",
            $"{Count(QuestionStatus.Posted)} awaiting an answer",
            $"{Count(QuestionStatus.Dismissed)} declined",
        };
        if (Count(QuestionStatus.Snoozed) is > 0 and var snoozed) parts.Add($"{snoozed} snoozed");
        if (Count(QuestionStatus.Scheduled) is > 0 and var scheduled) parts.Add($"{scheduled} not sent yet");
        return "*Questions asked:* " + string.Join(" · ", parts);
    }

    /// <summary>People who wrote in the channel during the incident, in the order they first wrote (moments outlive the message log).</summary>
    private static string Participants(IncidentStatusFacts facts)
    {
        var people = facts.Writers.Select(writer => (writer.UserId, At: writer.FirstAt))
            .Concat(facts.Moments.Select(moment => (moment.UserId, moment.At)))
            .Where(person => person.UserId.Length > 0)
            .GroupBy(person => person.UserId, StringComparer.Ordinal)
            .OrderBy(group => group.Min(person => person.At))
            .Select(group => group.Key)
            .ToList();
        if (people.Count == 0) return "nobody has written yet";
        var shown = string.Join(", ", people.Take(ParticipantsShown).Select(Mrkdwn.Mention));
        return people.Count > ParticipantsShown ? $"{people.Count}: {shown} and {people.Count - ParticipantsShown} more" : $"{people.Count}: {shown}";
    }

    private static string Teams(Incident incident, string command) =>
        incident.Teams.Count == 0 ? $"none (`{command} team payments` tags it)" : string.Join(", ", incident.Teams.Select(team => $"`{Mrkdwn.Escape(team)}`"));

    /// <summary>A Slack date token: each reader sees their own time zone; the fallback is UTC.</summary>
    public static string Date(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}^{{date_short_pretty}} at {{time}}|{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}>";

    /// <summary>"2 h 05 min", "3 d 4 h", "12 min", "45 s".</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        if (span.TotalDays >= 1) return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h");
        if (span.TotalHours >= 1) return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");
        if (span.TotalMinutes >= 1) return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min");
        return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalSeconds} s");
    }
}
