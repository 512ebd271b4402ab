using Microsoft.Extensions.Configuration;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public sealed class QuestionTimingOptionsValidatorTests
{
    private static IEnumerable<TestCaseData> BrokenSettings()
    {
        yield return Case("WorkdayEnd equal to WorkdayStart",
            options => options.WorkdayEnd = options.WorkdayStart,
            "Questions:WorkdayEnd (09:00) must be later than Questions:WorkdayStart (09:00)");
        yield return Case("WorkdayEnd before WorkdayStart",
            options => (options.WorkdayStart, options.WorkdayEnd) = (new TimeOnly(22, 0), new TimeOnly(6, 0)),
            "Questions:WorkdayEnd (06:00) must be later than Questions:WorkdayStart (22:00)");
        yield return Case("no working days",
            options => options.WorkingDays = [],
            "Questions:WorkingDays must name at least one day");
        yield return Case("a day that is not a day",
            options => options.WorkingDays = [DayOfWeek.Monday, (DayOfWeek)9],
            "Questions:WorkingDays may only hold days of the week");
        yield return Case("a day named twice",
            options => options.WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Monday],
            "Questions:WorkingDays names Monday more than once");
        yield return Case("negative cool-down",
            options => options.CooldownAfterResolution = TimeSpan.FromMinutes(-1),
            "Questions:CooldownAfterResolution must not be negative");
        yield return Case("negative live cool-down",
            options => options.LiveChannelCooldown = TimeSpan.FromSeconds(-1),
            "Questions:LiveChannelCooldown must not be negative");
        yield return Case("no questions per person",
            options => options.MaxPerPersonPerIncident = 0,
            "Questions:MaxPerPersonPerIncident must be at least 1");
        yield return Case("no questions per incident",
            options => options.MaxPerIncident = -3,
            "Questions:MaxPerIncident must be at least 1");
        yield return Case("an unknown timing mode",
            options => options.Timing = (QuestionTimingMode)7,
            "Questions:Timing must be AfterResolution or Live");

        static TestCaseData Case(string name, Action<QuestionTimingOptions> breakIt, string expected) =>
            new TestCaseData(breakIt, expected).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(BrokenSettings))]
    public void A_broken_setting_is_refused_by_name(Action<QuestionTimingOptions> breakIt, string expected)
    {
        var options = new QuestionTimingOptions();
        breakIt(options);

        var result = new QuestionTimingOptionsValidator().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.Failures, Has.Exactly(1).StartsWith(expected));
    }

    [Test]
    public void The_defaults_are_valid()
    {
        Assert.That(QuestionTimingOptionsValidator.Problems(new QuestionTimingOptions()), Is.Empty);
        Assert.That(new QuestionTimingOptionsValidator().Validate(null, new QuestionTimingOptions()).Succeeded, Is.True);
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var options = new QuestionTimingOptions { MaxPerIncident = 0, MaxPerPersonPerIncident = 0, WorkingDays = [] };

        Assert.That(QuestionTimingOptionsValidator.Problems(options), Has.Count.EqualTo(3));
    }

    [Test]
    public void The_settings_bind_from_configuration_text()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Questions:Timing"] = "Live",
                ["Questions:CooldownAfterResolution"] = "01:15:00",
                ["Questions:RespectWorkingHours"] = "false",
                ["Questions:WorkdayStart"] = "08:30",
                ["Questions:WorkdayEnd"] = "16:45",
                ["Questions:MaxPerPersonPerIncident"] = "2",
                ["Questions:MaxPerIncident"] = "20",
                ["Questions:LiveChannelCooldown"] = "00:05:00",
            })
            .Build();
        var options = new QuestionTimingOptions();

        options.BindFrom(configuration.GetSection(QuestionTimingOptions.SectionName));

        Assert.Multiple(() =>
        {
            Assert.That(options.Timing, Is.EqualTo(QuestionTimingMode.Live));
            Assert.That(options.CooldownAfterResolution, Is.EqualTo(TimeSpan.FromMinutes(75)));
            Assert.That(options.RespectWorkingHours, Is.False);
            Assert.That(options.WorkdayStart, Is.EqualTo(new TimeOnly(8, 30)));
            Assert.That(options.WorkdayEnd, Is.EqualTo(new TimeOnly(16, 45)));
            Assert.That(options.MaxPerPersonPerIncident, Is.EqualTo(2));
            Assert.That(options.MaxPerIncident, Is.EqualTo(20));
            Assert.That(options.LiveChannelCooldown, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.WorkingDays, Has.Length.EqualTo(5));
        });
    }

    [Test]
    public void Configured_working_days_replace_the_default_week()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Questions:WorkingDays:0"] = "Sunday",
                ["Questions:WorkingDays:1"] = "Monday",
            })
            .Build();
        var options = new QuestionTimingOptions();

        options.BindFrom(configuration.GetSection(QuestionTimingOptions.SectionName));

        Assert.That(options.WorkingDays, Is.EqualTo(new[] { DayOfWeek.Sunday, DayOfWeek.Monday }));
    }

    [Test]
    public void A_plain_bind_that_appends_to_the_default_week_is_caught_at_start_up()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Questions:WorkingDays:0"] = "Sunday", ["Questions:WorkingDays:1"] = "Monday" })
            .Build();
        var options = new QuestionTimingOptions();

        configuration.GetSection(QuestionTimingOptions.SectionName).Bind(options);

        Assert.That(QuestionTimingOptionsValidator.Problems(options),
            Has.Exactly(1).StartsWith("Questions:WorkingDays names Monday more than once"));
    }
}
