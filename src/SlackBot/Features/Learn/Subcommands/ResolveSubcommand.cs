using Microsoft.Extensions.Options;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn.Subcommands;

/// <summary><c>/learn resolve</c>: the response is over; questions follow after the cool-down.</summary>
public sealed class ResolveSubcommand(IncidentService incidents, IOptions<QuestionTimingOptions> timing) : ILearnSubcommand
{
    public static LearnSubcommandSpec Spec { get; } = new(
        "resolve", "", "Mark this channel's incident as resolved; questions follow after the cool-down.", "resolve",
        LearnAccess.Facilitators);

    public async Task<CommandReply> HandleAsync(LearnInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var resolved = await incidents.ResolveAsync(invocation.ChannelId, ResolutionSource.Command, invocation.UserId, invocation.TypedAt, cancellationToken);
        if (resolved is null)
            return CommandReply.Ephemeral($"There is no active incident in {Mrkdwn.Channel(invocation.ChannelId)}. Start one with `{invocation.CommandName} start [title]`.");

        var cooldown = timing.Value.CooldownAfterResolution;
        return CommandReply.Ephemeral(
            $"Marked {Mrkdwn.Escape(resolved.DisplayName)} as resolved. After a {Describe(cooldown)} cool-down I'll ask a few people about moments they were part of, " +
            (timing.Value.RespectWorkingHours ? "in their own working hours." : "right away."));
    }

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#}-hour" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0}-minute" : $"{span.TotalSeconds:0}-second";
}
