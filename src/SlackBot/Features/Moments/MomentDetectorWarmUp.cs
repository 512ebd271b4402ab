using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SlackBot.Features.Moments;

/// <summary>
/// Judges one message in the background once the bot runs, so that the detector's first real message does not pay for
/// loading the model and compiling the rules' patterns (the first judgement in a process takes hundreds of
/// milliseconds, the next ones microseconds). It yields first, so the host goes on starting while it runs.
/// </summary>
public sealed partial class MomentDetectorWarmUp(MomentDetector detector, ILogger<MomentDetectorWarmUp> logger) : BackgroundService
{
    // Touches the rules, the mrkdwn reading and the learned layer.
    private const string Sample = "we worked around it by restarting the *pool* by hand, <@U0000000> knew the trick";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (stoppingToken.IsCancellationRequested) return;
        var judged = detector.Detect(Sample);
        LogWarm(judged?.Category.ToString() ?? "none");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Moment detector warmed up (sample judged: {Category})")]
    private partial void LogWarm(string category);
}
