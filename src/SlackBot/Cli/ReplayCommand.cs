using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SlackBot.Features.Import;
using SlackBot.Features.Import.Export;
using SlackBot.Features.Moments;
using SlackBot.Slack.Text;
using Spectre.Console;

namespace SlackBot.Cli;

/// <summary>
/// <c>replay &lt;export&gt;</c>: the moments the bot would have noticed in an export's incident channels, and the
/// question it would have asked about each. No Slack, no timing, no storage.
/// </summary>
public static class ReplayCommand
{
    public const string Usage = """
        Usage: slackbot replay <export> [--channels REGEX] [--format text|json]

        Reads a Slack workspace export (a folder or a .zip) and shows, for each incident channel, the learning
        moments the bot would notice and the question it would ask about each. Works offline.

          <export>            the export folder or .zip
          --channels REGEX    which channels to read (default: Incidents:ChannelPattern, ^(inc|incident)[-_])
          --format text|json  text for people (default); json prints exactly one JSON array on stdout, one item
                              per moment with channel, ts, user, category, question, cue, confidence, text…
          --help              show this help

        Problems with single files are reported on stderr; the rest of the export is still read.
        """;

    private static readonly HashSet<string> Options = new(StringComparer.OrdinalIgnoreCase) { "channels", "format" };

    public static int Run(IReadOnlyList<string> args, CliOutput output)
    {
        var arguments = CliArguments.Parse(args, Options);
        if (arguments.Help)
        {
            output.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var format = arguments.Option("format") ?? "text";
        if (arguments.Error is { } error || format is not ("text" or "json") || arguments.Positional.Count > 1)
        {
            output.Error.WriteLine("replay: " + (arguments.Error ?? (format is not ("text" or "json") ? $"--format must be text or json, not '{format}'." : "give exactly one export path.")));
            output.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var toolkit = new LearningToolkit(CliSettings.Load(arguments.Settings));
        if (ChannelFilter.From(arguments.Option("channels"), toolkit, output, "replay") is not { } filter) return ExitCodes.Usage;
        using var export = ExportPath.Open(arguments.Positional.FirstOrDefault(), output, "replay");
        if (export is null) return ExitCodes.Unusable;

        var channels = export.Channels.Where(channel => filter.IsMatch(channel.Name)).ToList();
        if (format == "json") WriteJson(export, channels, toolkit.ReplayFor(export), output.Out);
        else WriteText(export, channels, toolkit.ReplayFor(export), output);

        ExportPath.ReportProblems(export, output);
        if (channels.Count == 0) output.Error.WriteLine($"replay: no channel matches {filter}. Use --channels to choose others.");
        return ExitCodes.Success;
    }

    private static void WriteText(SlackExport export, IReadOnlyList<ExportChannel> channels, ExportReplay replay, CliOutput output)
    {
        foreach (var channel in channels)
        {
            var moments = replay.MomentsIn(export, channel).ToList();
            output.Console.MarkupLine($"[bold]#{Markup.Escape(channel.Name)}[/]: {moments.Count} learning moment(s)");
            foreach (var moment in moments)
            {
                var who = export.NameOf(moment.Message.User!);
                output.Console.MarkupLine(
                    $"  [grey]{moment.Message.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC[/] · {Markup.Escape(who)} · [blue]{Markup.Escape(moment.Category.Label())}[/]{(moment.Marked ? " (marked)" : "")} [grey]{moment.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}[/]");
                output.Console.MarkupLine($"    “{Markup.Escape(moment.Cue)}”");
                output.Console.MarkupLine($"    [green]→[/] {Markup.Escape(SlackText.ToPlain(moment.Question.Text, new PlainTextOptions { UserName = export.NameOf }))}");
            }

            output.Console.WriteLine();
        }
    }

    /// <summary>Exactly one JSON array on stdout, written item by item so a large export never sits in memory.</summary>
    private static void WriteJson(SlackExport export, IReadOnlyList<ExportChannel> channels, ExportReplay replay, TextWriter output)
    {
        output.Write('[');
        var first = true;
        foreach (var moment in channels.SelectMany(channel => replay.MomentsIn(export, channel)))
        {
            output.Write(first ? "\n  " : ",\n  ");
            first = false;
            output.Write(Item(export, moment).ToJsonString(JsonOptions));
        }

        output.WriteLine(first ? "]" : "\n]");
        output.Flush();
    }

    private static JsonObject Item(SlackExport export, ReplayMoment moment) => new()
    {
        ["channel"] = moment.Channel.Name,
        ["channel_id"] = moment.Channel.Id,
        ["ts"] = moment.Message.Ts,
        ["thread_ts"] = moment.Message.IsThreadReply ? moment.Message.ThreadTs : null,
        ["time"] = moment.Message.Time.ToString("o", CultureInfo.InvariantCulture),
        ["user"] = moment.Message.User,
        ["user_name"] = export.NameOf(moment.Message.User!),
        ["category"] = moment.Category.Key(),
        ["confidence"] = Math.Round(moment.Confidence, 3),
        ["marked"] = moment.Marked,
        ["cue"] = moment.Cue,
        ["question"] = moment.Question.Text,
        ["question_template"] = moment.Question.TemplateId,
        ["text"] = moment.Message.Text,
    };


    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
