using Microsoft.Extensions.Configuration;
using SlackBot.Hosting;

namespace SlackBot.Telemetry;

/// <summary>
/// Which exporters run: <c>Telemetry:Prometheus</c> serves <c>GET /metrics</c>; OTLP runs when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other <c>OTEL_*</c> variables then apply as usual). Read before the
/// host is built, because whether <c>/metrics</c> exists is decided there.
/// </summary>
public sealed record TelemetrySettings(bool Prometheus, Uri? OtlpEndpoint)
{
    public const string Section = "Telemetry";
    public const string PrometheusKey = Section + ":" + nameof(Prometheus);
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>True when any exporter runs; otherwise the OpenTelemetry SDK is not even registered.</summary>
    public bool Enabled => Prometheus || OtlpEndpoint is not null;

    /// <exception cref="StartupException">A setting is not a value it can be, named in the message.</exception>
    public static TelemetrySettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var prometheus = configuration[PrometheusKey];
        var on = false;
        if (!string.IsNullOrWhiteSpace(prometheus) && !bool.TryParse(prometheus.Trim(), out on))
            throw new StartupException($"{PrometheusKey} must be true or false (it is '{prometheus}'). See the README, section \"Observability\".");

        var endpoint = configuration[OtlpEndpointVariable];
        Uri? otlp = null;
        if (!string.IsNullOrWhiteSpace(endpoint) &&
            (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out otlp) || otlp.Scheme is not ("http" or "https")))
            throw new StartupException($"{OtlpEndpointVariable} must be an absolute http(s) URL such as http://localhost:4317 (it is '{endpoint}').");

        return new TelemetrySettings(on, otlp);
    }
}
