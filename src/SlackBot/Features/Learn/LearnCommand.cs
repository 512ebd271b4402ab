using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>
/// <c>/learn</c>: the facilitator's handle on the learning work. Every answer is ephemeral (only the person who typed
/// the command sees it); a bad or empty command gets the help.
/// </summary>
public sealed class LearnCommand(
    IncidentService incidents,
    IFindingStore findings,
    ChannelDirectory channels,
    ISlackApi slack,
    IOptions<LearnOptions> learn,
    IOptions<QuestionTimingOptions> timing) : ICommandListener
{
    private const int MaxFindingsListed = 15;

    public async Task<CommandReply?> HandleAsync(SlashCommand command, DeliveryContext context, CancellationToken cancellationToken) =>
        LearnCommandParser.Parse(command.Text) switch
        {
            LearnRequest.Help help => Help(command.Command, help.Unrecognised),
            LearnRequest.Start start => await StartAsync(command, start.Title, context.ReceivedAt, cancellationToken),
            LearnRequest.Resolve => await ResolveAsync(command, context.ReceivedAt, cancellationToken),
            LearnRequest.Findings => await FindingsAsync(command, cancellationToken),
            _ => Help(command.Command, command.Text),
        };

    public static CommandReply Help(string command, string? unrecognised)
    {
        var lines = new StringBuilder();
        if (unrecognised is not null) lines.Append(CultureInvariant($"I didn't understand `{Mrkdwn.Escape(unrecognised)}`. Here is what I can do:\n"));
        foreach (var subcommand in LearnCommandParser.Subcommands)
            lines.Append(CultureInvariant($"• `{command} {subcommand.Usage}`: {subcommand.Description}\n"));
        lines.Append("React with :mag: to mark a learning moment, or :bulb: to keep a message as a finding.");
        return CommandReply.Ephemeral(lines.ToString(), BlockKit.List(BlockKit.Section(lines.ToString())));
    }

    // Start and resolve take effect when the command was typed (acknowledged), not when the inbox got to it: messages
    // written after it belong on the other side of the line.
    private async Task<CommandReply> StartAsync(SlashCommand command, string? title, DateTimeOffset typedAt, CancellationToken cancellationToken)
    {
        if (!learn.Value.IsFacilitator(command.UserId)) return NotFacilitator("start");

        var incident = await incidents.StartAsync(command.ChannelId, command.ChannelName, command.UserId, title, typedAt, cancellationToken);
        var membership = await EnsureMemberAsync(command.ChannelId, cancellationToken);
        return CommandReply.Ephemeral(
            $"Tracking {Mrkdwn.Channel(command.ChannelId)} as an incident{(incident.Title is { } named ? $": *{Mrkdwn.Escape(named)}*" : "")}. " +
            "I'll note learning moments quietly while you work, and ask a few people a question or two after it is resolved." + membership);
    }

    private async Task<CommandReply> ResolveAsync(SlashCommand command, DateTimeOffset typedAt, CancellationToken cancellationToken)
    {
        if (!learn.Value.IsFacilitator(command.UserId)) return NotFacilitator("resolve");

        var resolved = await incidents.ResolveAsync(command.ChannelId, ResolutionSource.Command, command.UserId, typedAt, cancellationToken);
        if (resolved is null)
            return CommandReply.Ephemeral($"There is no active incident in {Mrkdwn.Channel(command.ChannelId)}. Start one with `{command.Command} start [title]`.");

        var cooldown = timing.Value.CooldownAfterResolution;
        return CommandReply.Ephemeral(
            $"Marked {Mrkdwn.Escape(resolved.DisplayName)} as resolved. After a {Describe(cooldown)} cool-down I'll ask a few people about moments they were part of, " +
            (timing.Value.RespectWorkingHours ? "in their own working hours." : "right away."));
    }

    private async Task<CommandReply> FindingsAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (await incidents.CurrentInAsync(command.ChannelId, cancellationToken) is not { } incident)
            return CommandReply.Ephemeral($"{Mrkdwn.Channel(command.ChannelId)} has no incident yet. Start one with `{command.Command} start [title]`.");

        var found = await findings.ForIncidentAsync(incident.Id, cancellationToken);
        if (found.Count == 0)
            return CommandReply.Ephemeral($"No findings yet for {Mrkdwn.Escape(incident.DisplayName)}. Answers to my questions, and messages marked with :bulb:, show up here.");

        var blocks = new JsonArray { BlockKit.Header($"What we learned: {incident.DisplayName}") };
        foreach (var finding in found.Take(MaxFindingsListed))
        {
            var link = finding.Permalink is { } permalink ? " · " + Mrkdwn.Link(permalink, "in Slack") : "";
            var category = finding.Category is { } known ? " · " + known.Label() : "";
            blocks.Add(BlockKit.Section(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(finding.Text), 600))));
            blocks.Add(BlockKit.Context($"{Mrkdwn.Mention(finding.AuthorId)}{category}{link}"));
        }

        if (found.Count > MaxFindingsListed) blocks.Add(BlockKit.Context($"…and {found.Count - MaxFindingsListed} more."));
        return CommandReply.Ephemeral($"{found.Count} finding(s) for {Mrkdwn.Escape(incident.DisplayName)}", blocks);
    }

    /// <summary>The bot only hears channels it is in: join public ones, ask to be invited to private ones.</summary>
    private async Task<string> EnsureMemberAsync(string channelId, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(channelId, cancellationToken);
        if (channel?.IsMember == true) return "";
        if (channel is { IsPrivate: false })
        {
            try
            {
                await slack.JoinConversationAsync(channelId, cancellationToken);
                await channels.UpdateAsync(channelId, known => known with { IsMember = true }, cancellationToken);
                return " I've joined the channel so I can follow along.";
            }
            catch (SlackApiException)
            {
                // Fall through to the invitation hint.
            }
        }

        return " I'm not in this channel yet: invite me with `/invite @learnbot` so I can follow along.";
    }

    private static CommandReply NotFacilitator(string what) =>
        CommandReply.Ephemeral($"Only facilitators can `{what}` incidents here (see Learn:Facilitators). Anyone can use `help` and `findings`.");

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#}-hour" : span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0}-minute" : $"{span.TotalSeconds:0}-second";

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
