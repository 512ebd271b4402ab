using Microsoft.Extensions.Configuration;

namespace SlackBot.Features.Questions;

/// <summary>
/// The <c>Questions</c> configuration section as far as timing goes. Checked at start-up by
/// <see cref="QuestionTimingOptionsValidator"/>.
/// </summary>
public sealed class QuestionTimingOptions
{
    public const string SectionName = "Questions";

    public QuestionTimingMode Timing { get; set; } = QuestionTimingMode.AfterResolution;

    /// <summary>How long after resolution people are left alone before the first question.</summary>
    public TimeSpan CooldownAfterResolution { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Ask only inside the recipient's working hours, in their own Slack time zone.</summary>
    public bool RespectWorkingHours { get; set; } = true;

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(17, 30);

#pragma warning disable CA1819 // An array is what configuration binding and the settings table speak.
    public DayOfWeek[] WorkingDays { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
#pragma warning restore CA1819

    public int MaxPerPersonPerIncident { get; set; } = 3;

    public int MaxPerIncident { get; set; } = 12;

    /// <summary>In <see cref="QuestionTimingMode.Live"/> mode, the least time between two questions in one channel.</summary>
    public TimeSpan LiveChannelCooldown { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Binds the <c>Questions</c> section onto these options. Use this rather than a plain
    /// <c>Bind</c>: the configuration binder appends a configured array to the default one, so
    /// "Sunday … Thursday" would otherwise come out as Monday … Friday plus Sunday … Thursday.
    /// </summary>
    public void BindFrom(IConfiguration questionsSection)
    {
        ArgumentNullException.ThrowIfNull(questionsSection);
        questionsSection.Bind(this);
        var days = questionsSection.GetSection(nameof(WorkingDays));
        if (days.GetChildren().Any())
        {
            WorkingDays = days.Get<DayOfWeek[]>() ?? [];
        }
    }
}
