using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Hosting;
using Microsoft.Extensions.Configuration;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Storage;

namespace SlackBot.Cli;

/// <summary>
/// The settings the offline commands use, read the same way as the bot's (appsettings.json next to the program,
/// environment variables, <c>--Section:Key=value</c> arguments), but none of them is required. They are bound and
/// validated by the learning engine's own registrations (<see cref="LearningEngineServiceCollectionExtensions.AddLearningEngine"/>),
/// so a bad setting fails here with the message <c>serve</c> gives (<see cref="OptionsValidationException"/>).
/// </summary>
public sealed class CliSettings
{
    private CliSettings(IConfiguration configuration)
    {
        Configuration = configuration;
        using var engine = new ServiceCollection().AddSingleton(configuration).AddLogging().AddLearningEngine().BuildServiceProvider();
        Incidents = Validated<IncidentOptions>(engine);
        Moments = Validated<MomentOptions>(engine);
        Findings = Validated<FindingOptions>(engine);
        QuestionDelivery = Validated<QuestionDeliveryOptions>(engine);
        QuestionTiming = Validated<QuestionTimingOptions>(engine);
        Digest = Validated<DigestOptions>(engine);
        Storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
    }

    /// <summary>Where the settings came from, for registrations that bind their own options (storage).</summary>
    public IConfiguration Configuration { get; }

    public IncidentOptions Incidents { get; }
    public MomentOptions Moments { get; }
    public FindingOptions Findings { get; }
    public StorageOptions Storage { get; }
    public QuestionDeliveryOptions QuestionDelivery { get; }
    public QuestionTimingOptions QuestionTiming { get; }
    public DigestOptions Digest { get; }

    private static T Validated<T>(IServiceProvider engine) where T : class => engine.GetRequiredService<IOptions<T>>().Value;

    /// <summary>The built-in defaults only: what the demo runs on, whatever the environment says.</summary>
    public static CliSettings Defaults() => new(new ConfigurationBuilder().Build());

    public static CliSettings Load(IEnumerable<string> settingArguments) =>
        new(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settingArguments.ToArray())
            .Build());
}
