using Microsoft.Extensions.Configuration;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Storage;

namespace SlackBot.Cli;

/// <summary>
/// The settings the offline commands use, read the same way as the bot's (appsettings.json next to the program,
/// environment variables, <c>--Section:Key=value</c> arguments), but none of them is required.
/// </summary>
public sealed class CliSettings
{
    private CliSettings(IConfiguration configuration)
    {
        Configuration = configuration;
        Incidents = configuration.GetSection(IncidentOptions.Section).Get<IncidentOptions>() ?? new IncidentOptions();
        Moments = configuration.GetSection(MomentOptions.Section).Get<MomentOptions>() ?? new MomentOptions();
        Findings = configuration.GetSection(FindingOptions.Section).Get<FindingOptions>() ?? new FindingOptions();
        Storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        QuestionDelivery = configuration.GetSection(QuestionTimingOptions.SectionName).Get<QuestionDeliveryOptions>() ?? new QuestionDeliveryOptions();
        QuestionTiming = new QuestionTimingOptions();
        QuestionTiming.BindFrom(configuration.GetSection(QuestionTimingOptions.SectionName));
    }

    /// <summary>Where the settings came from, for registrations that bind their own options (storage).</summary>
    public IConfiguration Configuration { get; }

    public IncidentOptions Incidents { get; }
    public MomentOptions Moments { get; }
    public FindingOptions Findings { get; }
    public StorageOptions Storage { get; }
    public QuestionDeliveryOptions QuestionDelivery { get; }
    public QuestionTimingOptions QuestionTiming { get; }

    /// <summary>The built-in defaults only: what the demo runs on, whatever the environment says.</summary>
    public static CliSettings Defaults() => new(new ConfigurationBuilder().Build());

    public static CliSettings Load(IEnumerable<string> settingArguments) =>
        new(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settingArguments.ToArray())
            .Build());
}
