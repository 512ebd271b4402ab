using Microsoft.Extensions.Options;

namespace SlackBot.Scheduling;

public sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Interval <= TimeSpan.Zero) failures.Add("Scheduler:Interval must be positive, e.g. 00:00:30.");
        if (options.RunHistory <= TimeSpan.Zero) failures.Add("Scheduler:RunHistory must be positive, e.g. 1.00:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
