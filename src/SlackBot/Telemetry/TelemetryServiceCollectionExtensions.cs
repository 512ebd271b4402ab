using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SlackBot.Slack;
using SlackBot.Slack.Telemetry;

namespace SlackBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// The bot's instruments, and the OpenTelemetry SDK when an exporter is on (<see cref="TelemetrySettings"/>):
    /// Prometheus and/or OTLP for the <c>SlackBot</c> Meter plus ASP.NET Core and runtime metrics; with OTLP also traces
    /// of the <c>SlackBot</c> ActivitySource and ASP.NET Core. With neither, nothing listens, so the instruments cost a
    /// flag check and no span is created. HttpClient tracing is left out on purpose: a <c>response_url</c> is a credential.
    /// </summary>
    /// <exception cref="Hosting.StartupException">A telemetry setting is malformed.</exception>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = TelemetrySettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSlackMetrics();
        services.TryAddSingleton<LearningMetrics>();
        if (!settings.Enabled) return builder;

        // Only when something collects: constructing it opens storage.
        services.AddHostedService<OutboxPendingGauge>();

        var openTelemetry = services.AddOpenTelemetry().ConfigureResource(resource =>
        {
            // OTEL_SERVICE_NAME, when set, names the service instead.
            if (string.IsNullOrEmpty(builder.Configuration["OTEL_SERVICE_NAME"])) resource.AddService("slackbot");
        });
        openTelemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(SlackMetrics.MeterName).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
            if (settings.Prometheus) metrics.AddPrometheusExporter();
            if (settings.OtlpEndpoint is not null) metrics.AddOtlpExporter();
        });
        if (settings.OtlpEndpoint is not null)
        {
            openTelemetry.WithTracing(tracing => tracing
                .AddSource(SlackActivities.Source.Name)
                // The health probe every few seconds is noise in a trace view.
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
                .AddOtlpExporter());
        }

        return builder;
    }

    /// <summary><c>GET /metrics</c> in the Prometheus text format when <c>Telemetry:Prometheus</c> is true; otherwise no route (404).</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<TelemetrySettings>().Prometheus) app.MapPrometheusScrapingEndpoint();
        return app;
    }
}
