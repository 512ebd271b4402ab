using Microsoft.Extensions.Options;

namespace SlackBot.Features.Questions;

/// <summary>
/// Refuses timing settings that would silently stop questions (no working days, an empty workday, caps
/// below one) so the bot fails at start-up with a message naming the setting instead.
/// </summary>
public sealed class QuestionTimingOptionsValidator : IValidateOptions<QuestionTimingOptions>
{
    private const string Section = QuestionTimingOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, QuestionTimingOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>One message per broken setting; empty when the options are usable.</summary>
    public static IReadOnlyList<string> Problems(QuestionTimingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();

        if (!Enum.IsDefined(options.Timing))
        {
            problems.Add($"{Section}:Timing must be {QuestionTimingMode.AfterResolution} or {QuestionTimingMode.Live}");
        }

        if (options.CooldownAfterResolution < TimeSpan.Zero)
        {
            problems.Add($"{Section}:CooldownAfterResolution must not be negative");
        }

        if (options.LiveChannelCooldown < TimeSpan.Zero)
        {
            problems.Add($"{Section}:LiveChannelCooldown must not be negative");
        }

        if (options.WorkdayEnd <= options.WorkdayStart)
        {
            problems.Add($"{Section}:WorkdayEnd ({options.WorkdayEnd:HH\\:mm}) must be later than {Section}:WorkdayStart ({options.WorkdayStart:HH\\:mm})");
        }

        if (options.WorkingDays is null || options.WorkingDays.Length == 0)
        {
            problems.Add($"{Section}:WorkingDays must name at least one day");
        }
        else if (options.WorkingDays.Any(day => !Enum.IsDefined(day)))
        {
            problems.Add($"{Section}:WorkingDays may only hold days of the week (Monday … Sunday)");
        }
        else if (options.WorkingDays.GroupBy(day => day).FirstOrDefault(group => group.Count() > 1) is { } repeated)
        {
            // Usually not a typo but a plain Bind() appending the configured days to the default week.
            problems.Add($"{Section}:WorkingDays names {repeated.Key} more than once; bind the section with "
                         + $"{nameof(QuestionTimingOptions)}.{nameof(QuestionTimingOptions.BindFrom)} so configured days replace the default week");
        }

        if (options.MaxPerPersonPerIncident < 1)
        {
            problems.Add($"{Section}:MaxPerPersonPerIncident must be at least 1");
        }

        if (options.MaxPerIncident < 1)
        {
            problems.Add($"{Section}:MaxPerIncident must be at least 1");
        }

        return problems;
    }
}
