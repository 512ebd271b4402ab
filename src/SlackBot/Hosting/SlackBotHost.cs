using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SlackBot.Slack;
using SlackBot.Slack.Api;
using SlackBot.Slack.Inbound;
using SlackBot.Slack.Inbound.SocketMode;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;
using SlackBot.Telemetry;

namespace SlackBot.Hosting;

/// <summary>Builds the bot's web host: settings, storage, the Slack platform layer and the features.</summary>
public static class SlackBotHost
{
    /// <param name="configure">Lets tests add configuration, logging or a clock before services are registered.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The settings file ships next to the binary; relative paths in settings (Storage:Path) stay relative to
        // the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        AddSlackEnvironmentAliases(builder.Configuration);
        configure?.Invoke(builder);

        var mode = builder.Configuration.GetValue(SlackOptions.Section + ":" + nameof(SlackOptions.Mode), SlackMode.Socket);
        var services = builder.Services;
        TestingClockOffset.Apply(builder.Configuration, services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.AddSlackApi(api => api.Configure<IOptions<SlackOptions>>((apiOptions, slack) =>
        {
            apiOptions.BaseUrl = slack.Value.ApiBaseUrl;
            apiOptions.BotToken = slack.Value.BotToken;
            apiOptions.AppToken = string.IsNullOrEmpty(slack.Value.AppToken) ? null : slack.Value.AppToken;
            apiOptions.PostInterval = slack.Value.PostInterval;
        }));
        services.AddOptions<SlackHttpOptions>().Configure<IOptions<SlackOptions>>((http, slack) => http.SigningSecret = slack.Value.SigningSecret);
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddConfiguredStorage(builder.Configuration);
        builder.AddTelemetry();

        // Registered before the platform's workers: hosted services start in order, and the workers need to
        // know the bot's identity before they process anything resumed from the inbox.
        services.AddHostedService<RouteTableLog>();
        services.AddSingleton<StartupFailure>();
        services.AddHostedService<SlackIdentityStartup>();
        services.AddSlackPlatform();

        services.AddLearningEngine();

        // Last: the receiver starts once the bot knows itself, the bank is checked and the workers run; it stops first.
        if (mode == SlackMode.Socket) services.AddSlackSocketMode().BindConfiguration(SocketModeOptions.Section);

        var app = builder.Build();
        app.MapHealth();
        app.MapTelemetry();
        if (mode == SlackMode.Http) app.MapSlackEndpoints();
        return app;
    }

    /// <summary>Puts the SLACK_* aliases just before the environment variables, so that Slack__BotToken still wins.</summary>
    private static void AddSlackEnvironmentAliases(ConfigurationManager configuration)
    {
        var aliases = new ConfigurationBuilder().AddSlackEnvironmentAliases().Sources[0];
        var environmentIndex = configuration.Sources
            .Select((source, index) => (source, index))
            .FirstOrDefault(entry => entry.source is EnvironmentVariablesConfigurationSource { Prefix: null or "" }).index;
        configuration.Sources.Insert(environmentIndex > 0 ? environmentIndex : configuration.Sources.Count, aliases);
    }
}
