using Microsoft.Extensions.Options;

namespace SlackBot.Slack.Inbound.SocketMode;

/// <summary>Rejects Socket Mode settings that would make reconnecting spin or never happen.</summary>
internal sealed class SocketModeOptionsValidator : IValidateOptions<SocketModeOptions>
{
    private const string Prefix = SocketModeOptions.Section + ":";
    private const int MinMessageBytes = 16 * 1024;

    public ValidateOptionsResult Validate(string? name, SocketModeOptions options)
    {
        var failures = new List<string>();

        RequirePositive(failures, nameof(SocketModeOptions.ReconnectBaseDelay), options.ReconnectBaseDelay);
        RequirePositive(failures, nameof(SocketModeOptions.PingInterval), options.PingInterval);
        RequirePositive(failures, nameof(SocketModeOptions.PingTimeout), options.PingTimeout);
        RequirePositive(failures, nameof(SocketModeOptions.ConnectTimeout), options.ConnectTimeout);
        RequirePositive(failures, nameof(SocketModeOptions.CloseTimeout), options.CloseTimeout);

        if (options.MaxMessageBytes < MinMessageBytes)
        {
            failures.Add($"{Prefix}{nameof(SocketModeOptions.MaxMessageBytes)} must be at least {MinMessageBytes} (Slack's envelopes reach a few hundred kilobytes).");
        }

        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            failures.Add($"{Prefix}{nameof(SocketModeOptions.ReconnectMaxDelay)} must not be shorter than {Prefix}{nameof(SocketModeOptions.ReconnectBaseDelay)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{setting} must be longer than zero.");
        }
    }
}
