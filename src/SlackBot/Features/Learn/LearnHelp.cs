using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Learn;

/// <summary>The help, generated from the registered sub-commands: all of them, one family (<c>digest …</c>), or one with its example.</summary>
public static class LearnHelp
{
    /// <summary>A section block holds at most 3,000 characters; the list is cut into sections well under that.</summary>
    private const int LinesPerSection = 10;

    private const string Reactions = "React with :mag: to mark a learning moment, or :bulb: to keep a message as a finding.";

    public static CommandReply Overview(string command, IReadOnlyList<LearnSubcommandSpec> specs, bool markFacilitatorOnly, string? unrecognised = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var intro = unrecognised is null
            ? $"Here is what `{command}` can do:"
            : $"I didn't understand `{Mrkdwn.Escape(Mrkdwn.Truncate(unrecognised, 200))}`. Here is what `{command}` can do:";
        var lines = specs.Select(spec => Line(command, spec, markFacilitatorOnly)).ToList();
        var closing = $"`{command} help <sub-command>` shows an example. {Reactions}";
        return Reply(intro, lines, closing);
    }

    public static CommandReply Family(string command, IReadOnlyList<LearnSubcommandSpec> family, bool markFacilitatorOnly, string? unrecognised)
    {
        ArgumentNullException.ThrowIfNull(family);
        var first = family.Count > 0 ? family[0].NameWords[0] : "";
        var intro = unrecognised is null
            ? $"`{command} {first}` goes with one of these:"
            : $"I didn't understand `{Mrkdwn.Escape(Mrkdwn.Truncate(unrecognised, 200))}`. `{command} {first}` goes with one of these:";
        return Reply(intro, family.Select(spec => Line(command, spec, markFacilitatorOnly)).ToList(), $"`{command} help` lists everything.");
    }

    public static CommandReply Topic(string command, LearnSubcommandSpec spec, bool markFacilitatorOnly, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = new StringBuilder();
        if (problem is not null) text.Append(problem).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"`{command} {spec.Usage}`\n{spec.Description}\nExample: `{command} {spec.Example}`");
        if (markFacilitatorOnly && spec.Access == LearnAccess.Facilitators) text.Append("\nOnly facilitators can run it.");
        return CommandReply.Ephemeral(text.ToString(), BlockKit.List(BlockKit.Section(text.ToString())));
    }

    public static CommandReply WrongArguments(string command, LearnSubcommandSpec spec, bool missing, bool markFacilitatorOnly)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problem = missing
            ? $"`{command} {spec.Name}` needs {spec.ArgumentsHint} after it."
            : $"`{command} {spec.Name}` takes nothing after it.";
        return Topic(command, spec, markFacilitatorOnly, problem);
    }

    private static string Line(string command, LearnSubcommandSpec spec, bool markFacilitatorOnly) =>
        $"• `{command} {spec.Usage}`: {spec.Description}{(markFacilitatorOnly && spec.Access == LearnAccess.Facilitators ? " _(facilitators)_" : "")}";

    private static CommandReply Reply(string intro, IReadOnlyList<string> lines, string closing)
    {
        var blocks = new JsonArray { BlockKit.Section(intro) };
        foreach (var chunk in lines.Chunk(LinesPerSection)) blocks.Add(BlockKit.Section(string.Join('\n', chunk)));
        blocks.Add(BlockKit.Context(closing));
        var text = $"{intro}\n{string.Join('\n', lines)}\n{closing}";
        return CommandReply.Ephemeral(text, blocks);
    }
}
