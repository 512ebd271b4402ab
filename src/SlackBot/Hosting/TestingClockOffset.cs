using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SlackBot.Hosting;

/// <summary>
/// <c>Testing:ClockOffset</c>: FOR TESTS ONLY. Shifts the whole bot's clock (scheduler, digests, cool-downs, signature
/// freshness) forward by a fixed span, so a test that runs the built program as a separate process can let a week pass
/// between two starts on the same data file, as a bot that was down over a weekend would see it. The process cannot be
/// handed a fake clock any other way. Unset (the default) means the system clock; start-up warns when it is set.
/// </summary>
public static partial class TestingClockOffset
{
    public const string Key = "Testing:ClockOffset";

    /// <summary>Registers the shifted clock when the setting is present (before anything registers the system clock).</summary>
    public static void Apply(IConfiguration configuration, IServiceCollection services)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text)) return;
        if (!TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var offset) || offset < TimeSpan.Zero)
            throw new StartupException($"{Key} must be a non-negative time span such as 7.00:00:00 (it is for tests only; leave it unset).");
        services.TryAddSingleton<TimeProvider>(new ShiftedClock(offset));
        services.AddHostedService(provider => new Warning(offset, provider.GetRequiredService<ILogger<ShiftedClock>>()));
    }

    /// <summary>The system clock plus a fixed offset; timers run in real time.</summary>
    public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }

    private sealed partial class Warning(TimeSpan offset, ILogger logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogShifted(offset);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Testing:ClockOffset is set: the bot's clock runs {Offset} ahead of the system clock. This setting is for tests only")]
        private partial void LogShifted(TimeSpan offset);
    }
}
