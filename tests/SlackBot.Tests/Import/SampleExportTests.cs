using System.Text.Json;
using System.Text.RegularExpressions;
using SlackBot.Features.Import.Export;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Import;

/// <summary>
/// The demo's bundled export (samples/northwind-incident-export) reads cleanly and has the shape the demo
/// relies on: one incident channel among others, consistent threads, the bot's questions the day after,
/// and people's answers to most of them.
/// </summary>
public sealed partial class SampleExportTests
{
    private static readonly DateOnly IncidentDay = new(2026, 11, 5);

    private SlackExport export = null!;
    private List<ExportMessage> incident = null!;

    [GeneratedRegex("^(inc|incident)[-_]")]
    private static partial Regex DefaultIncidentPattern();

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex QuotedWords();

    [OneTimeSetUp]
    public void ReadSample()
    {
        export = SlackExport.Open(SampleExport.Path);
        incident = [.. export.Days(Channel(SampleExport.IncidentChannel)).SelectMany(day => day.Messages)];
    }

    [OneTimeTearDown]
    public void CloseSample() => export.Dispose();

    [Test]
    public void The_sample_reads_without_problems()
    {
        foreach (var channel in export.Channels) _ = export.Days(channel).ToList();

        Assert.That(export.Problems, Is.Empty);
    }

    [Test]
    public void Only_the_incident_channel_matches_the_default_incident_pattern_and_the_other_one_has_chatter()
    {
        var general = export.Channels.Single(channel => !DefaultIncidentPattern().IsMatch(channel.Name));

        Assert.Multiple(() =>
        {
            Assert.That(export.Channels.Where(channel => DefaultIncidentPattern().IsMatch(channel.Name)).Select(channel => channel.Name),
                Is.EqualTo(new[] { SampleExport.IncidentChannel }));
            Assert.That(export.Days(general).SelectMany(day => day.Messages).Count(message => message.IsFromHuman), Is.GreaterThanOrEqualTo(10));
        });
    }

    [Test]
    public void The_workspace_has_eight_to_twelve_people_across_several_time_zones()
    {
        var people = export.Users.Where(user => !user.IsBot && user.Id != "USLACKBOT").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(people, Has.Count.InRange(8, 12));
            Assert.That(people.Select(person => person.Tz).Distinct().Count(), Is.GreaterThanOrEqualTo(6));
            Assert.That(people.Select(person => person.RealName), Has.None.Null);
        });
    }

    [Test]
    public void Learnbot_and_the_incident_bot_are_bot_users()
    {
        Assert.Multiple(() =>
        {
            Assert.That(export.User(SampleExport.LearnBotUserId), Is.EqualTo(new ExportUser(SampleExport.LearnBotUserId, "learnbot", "learnbot", null, IsBot: true, Deleted: false, "America/Los_Angeles")));
            Assert.That(export.Users.Single(user => user.Name == "incident-bot").IsBot, Is.True);
        });
    }

    [Test]
    public void The_incident_afternoon_has_sixty_to_ninety_messages_mostly_from_people()
    {
        var afternoon = incident.Where(message => DateOnly.FromDateTime(message.Time.UtcDateTime) == IncidentDay).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(afternoon, Has.Count.InRange(60, 90));
            Assert.That(afternoon.Count(message => message.IsFromHuman), Is.GreaterThanOrEqualTo(60));
            Assert.That(afternoon.Max(message => message.Time) - afternoon.Min(message => message.Time), Is.LessThan(TimeSpan.FromHours(4)));
        });
    }

    [Test]
    public void Timestamps_are_unique_and_increase_through_each_channels_files()
    {
        foreach (var channel in export.Channels)
        {
            var inFileOrder = export.Days(channel).SelectMany(day => RawTimestamps(day.Path)).ToList();

            Assert.That(inFileOrder.Select(ts => SlackTimestampValue(ts)), Is.Unique.And.Ordered, channel.Name);
        }
    }

    [Test]
    public void Every_message_sits_in_the_day_file_of_the_day_it_was_posted()
    {
        var misplaced = export.Channels
            .SelectMany(export.Days)
            .SelectMany(day => day.Messages.Where(message => DateOnly.FromDateTime(message.Time.UtcDateTime) != day.Date).Select(message => day.Path + " " + message.Ts));

        Assert.That(misplaced, Is.Empty);
    }

    [Test]
    public void Every_thread_parent_counts_exactly_the_replies_that_point_at_it()
    {
        var parents = incident.Where(message => message.IsThreadParent).ToList();
        var counted = parents.Select(parent => (parent.Ts, parent.ReplyCount));
        var found = parents.Select(parent => (parent.Ts, incident.Count(reply => reply.IsThreadReply && reply.ThreadTs == parent.Ts)));

        Assert.Multiple(() =>
        {
            Assert.That(parents, Has.Count.GreaterThanOrEqualTo(7));
            Assert.That(found, Is.EqualTo(counted));
        });
    }

    [Test]
    public void Every_reply_follows_a_parent_in_the_channel_and_names_its_author()
    {
        var byTs = incident.ToDictionary(message => message.Ts);
        var broken = incident
            .Where(message => message.IsThreadReply)
            .Where(reply => !byTs.TryGetValue(reply.ThreadTs!, out var parent) || parent.User != reply.ParentUserId || parent.Time >= reply.Time)
            .Select(reply => reply.Ts);

        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void Learnbot_posts_like_a_modern_app()
    {
        var fromLearnbot = incident.Where(message => message.BotId == SampleExport.LearnBotBotId).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(fromLearnbot, Is.Not.Empty);
            Assert.That(fromLearnbot.Select(message => (message.User, message.BotName, message.Subtype, message.IsFromHuman)).Distinct(),
                Is.EqualTo(new[] { (SampleExport.LearnBotUserId, "learnbot", (string?)null, false) }));
        });
    }

    [Test]
    public void The_incident_bot_declares_and_resolves_and_a_person_resolves_too()
    {
        var fromIncidentBot = incident.Where(message => message.BotName == "incident-bot").Select(message => message.Text ?? "").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(fromIncidentBot, Has.Some.Contain("Incident declared"));
            Assert.That(fromIncidentBot, Has.Some.Contain("Resolved:"));
            Assert.That(incident.Where(message => message.IsFromHuman).Select(message => message.Text), Has.Some.StartWith("Resolved"));
        });
    }

    [Test]
    public void Learnbot_asks_five_to_seven_questions_the_day_after_as_thread_replies_quoting_the_author()
    {
        var questions = Questions();

        Assert.Multiple(() =>
        {
            Assert.That(questions, Has.Count.InRange(5, 7));
            foreach (var (question, moment) in questions)
            {
                var quoted = QuotedWords().Match(question.Text!).Groups[1].Value;
                Assert.That(DateOnly.FromDateTime(question.Time.UtcDateTime), Is.EqualTo(IncidentDay.AddDays(1)), question.Ts);
                Assert.That(moment.IsFromHuman, Is.True, question.Ts);
                Assert.That(question.Text, Does.StartWith($"<@{moment.User}>"), question.Ts);
                Assert.That(moment.Text, Does.Contain(quoted), "the question quotes the person's own words");
            }
        });
    }

    [Test]
    public void Each_question_is_asked_in_working_hours_where_its_recipient_lives()
    {
        foreach (var (question, moment) in Questions())
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(export.User(moment.User!)!.Tz!);
            var local = TimeZoneInfo.ConvertTime(question.Time, zone);

            Assert.That(local.Hour, Is.InRange(9, 16), $"{question.Ts} for {moment.User} at {local:HH:mm} local");
        }
    }

    [Test]
    public void Every_question_is_a_phrasing_from_the_shipped_bank()
    {
        var bank = QuestionBank.LoadDefault();
        var unknown = Questions()
            .Where(pair => !bank.All.Any(template => template.Text
                .Replace("{mention}", $"<@{pair.Moment.User}>", StringComparison.Ordinal)
                .Replace("{cue}", QuotedWords().Match(pair.Question.Text!).Groups[1].Value, StringComparison.Ordinal) == pair.Question.Text))
            .Select(pair => pair.Question.Text);

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void Every_question_passes_the_language_check()
    {
        foreach (var (question, _) in Questions())
        {
            var quoted = QuotedWords().Match(question.Text!).Value;

            Assert.That(LanguageCheck.CheckQuestion(question.Text!, quoted), Is.Empty, question.Text);
        }
    }

    [Test]
    public void Most_questions_get_a_rich_answer_from_the_person_asked_and_one_stays_unanswered()
    {
        var answers = Questions().Select(pair => Answers(pair.Question, pair.Moment)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(answers.Count(found => found.Any(answer => answer.Text!.Length >= 300)), Is.InRange(4, 6), "rich answers");
            Assert.That(answers.Count(found => found.Count == 0), Is.EqualTo(1), "unanswered");
            Assert.That(answers.Count(found => found.Count > 0 && found.All(answer => answer.Text!.Length < 300)), Is.EqualTo(1), "a polite decline");
        });
    }

    [Test]
    public void The_answers_read_as_descriptions_not_blame()
    {
        var answers = Questions().SelectMany(pair => Answers(pair.Question, pair.Moment)).ToList();

        Assert.That(answers.SelectMany(answer => LanguageCheck.FlagBlame(answer.Text!)), Is.Empty);
    }

    [Test]
    public void One_answer_gets_a_follow_up_that_quotes_it_and_the_follow_up_is_answered()
    {
        var followUps = BotQuestions().Where(IsFollowUp).ToList();

        Assert.That(followUps, Has.Count.EqualTo(1));
        var followUp = followUps[0];
        var byTs = incident.ToDictionary(message => message.Ts);
        var moment = byTs[followUp.ThreadTs!];
        var answered = incident.Where(reply => reply.ThreadTs == moment.Ts && reply.User == moment.User && reply.Time < followUp.Time && reply.IsThreadReply).Last();
        var quoted = QuotedWords().Match(followUp.Text!).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(answered.Text, Does.Contain(quoted), "the follow-up quotes the answer");
            Assert.That(LanguageCheck.CheckQuestion(followUp.Text!, "“" + quoted + "”"), Is.Empty, followUp.Text);
            Assert.That(Answers(followUp, moment), Has.Count.EqualTo(1), "and it is answered");
        });
    }

    [Test]
    public void Other_people_add_to_some_answered_threads()
    {
        var others = Questions().Count(pair => incident.Any(reply =>
            reply.ThreadTs == pair.Moment.Ts && reply.Time > pair.Question.Time && reply.IsFromHuman && reply.User != pair.Moment.User));

        Assert.That(others, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void A_responder_marks_a_moment_with_the_bulb_reaction()
    {
        var responders = incident.Where(message => message.IsFromHuman).Select(message => message.User).ToHashSet();
        var marked = incident.Where(message => message.IsFromHuman && message.Reactions.Any(reaction => reaction.Name == "bulb")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(marked, Has.Count.EqualTo(1));
            Assert.That(marked.Single().Reactions.Single(reaction => reaction.Name == "bulb").Users, Has.All.Matches<string>(user => responders.Contains(user) && user != marked.Single().User));
        });
    }

    [Test]
    public void Messages_from_people_carry_a_user_profile_as_in_real_exports()
    {
        var days = export.Channels.SelectMany(export.Days).Select(day => day.Path);
        var withoutProfile = days.SelectMany(path => RawMessages(path)
            .Where(message => message.TryGetProperty("client_msg_id", out _) && !message.TryGetProperty("user_profile", out _))
            .Select(message => path + " " + message.GetProperty("ts").GetString()));

        Assert.That(withoutProfile, Is.Empty);
    }

    /// <summary>Learnbot's questions, each with the moment (thread parent) it asks about.</summary>
    /// <summary>The first question in each thread: the one about the moment (a later one is a follow-up on its answer).</summary>
    private List<(ExportMessage Question, ExportMessage Moment)> Questions()
    {
        var byTs = incident.ToDictionary(message => message.Ts);
        return [.. BotQuestions().Where(question => !IsFollowUp(question)).Select(question => (question, byTs[question.ThreadTs!]))];
    }

    private List<ExportMessage> BotQuestions() => [.. incident.Where(message => message.BotId == SampleExport.LearnBotBotId && message.IsThreadReply)];

    private bool IsFollowUp(ExportMessage question) =>
        BotQuestions().Any(earlier => earlier.ThreadTs == question.ThreadTs && earlier.Time < question.Time);

    /// <summary>The person's replies after the question and before the next question in the thread.</summary>
    private List<ExportMessage> Answers(ExportMessage question, ExportMessage moment)
    {
        var next = BotQuestions().Where(later => later.ThreadTs == question.ThreadTs && later.Time > question.Time).Select(later => (DateTimeOffset?)later.Time).Min();
        return [.. incident.Where(reply => reply.ThreadTs == moment.Ts && reply.User == moment.User && reply.Time > question.Time && (next is null || reply.Time < next))];
    }

    private ExportChannel Channel(string name) => export.Channels.Single(channel => channel.Name == name);

    private static IEnumerable<string> RawTimestamps(string dayPath) =>
        RawMessages(dayPath).Select(message => message.GetProperty("ts").GetString()!);

    private static List<JsonElement> RawMessages(string dayPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(SampleExport.Path, dayPath)));
        return [.. document.RootElement.EnumerateArray().Select(message => message.Clone())];
    }

    private static decimal SlackTimestampValue(string ts) => decimal.Parse(ts, System.Globalization.CultureInfo.InvariantCulture);
}
