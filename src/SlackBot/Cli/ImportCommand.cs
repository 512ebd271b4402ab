using SlackBot.Features.Import;
using SlackBot.Features.Import.Export;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace SlackBot.Cli;

/// <summary>
/// <c>import &lt;export&gt;</c>: backfills incidents, moments and findings from a Slack export into the bot's store
/// (Storage:Path). Importing the same export again changes nothing.
/// </summary>
public static class ImportCommand
{
    public const string Usage = """
        Usage: slackbot import <export> [--channels REGEX] [--workspace-url URL]

        Backfills the bot's store (Storage:Path, default data/slackbot.db) from a Slack workspace export (a folder
        or a .zip): one incident per incident channel, its learning moments, and findings from replies to the
        bot's questions and from messages carrying the capture reaction (:bulb:). Importing the same export
        again changes nothing. Imported incidents are history: nobody is asked about them. Works offline; stop
        the bot first (the store is a single file owned by one process).

          <export>              the export folder or .zip
          --channels REGEX      which channels to read (default: Incidents:ChannelPattern)
          --workspace-url URL   e.g. https://northwind.slack.com/ to give findings links back to Slack
          --help                show this help
        """;

    private static readonly HashSet<string> Options = new(StringComparer.OrdinalIgnoreCase) { "channels", "workspace-url" };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliOutput output)
    {
        var arguments = CliArguments.Parse(args, Options);
        if (arguments.Help)
        {
            output.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        if (arguments.Error is not null || arguments.Positional.Count > 1)
        {
            output.Error.WriteLine("import: " + (arguments.Error ?? "give exactly one export path."));
            output.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        Uri? workspaceUrl = null;
        if (arguments.Option("workspace-url") is { } url && !TryWorkspaceUrl(url, out workspaceUrl))
        {
            output.Error.WriteLine($"import: --workspace-url must be an https URL such as https://yourteam.slack.com/, not '{url}'.");
            return ExitCodes.Usage;
        }

        var toolkit = new LearningToolkit(CliSettings.Load(arguments.Settings));
        if (ChannelFilter.From(arguments.Option("channels"), toolkit, output, "import") is not { } filter) return ExitCodes.Usage;
        using var export = ExportPath.Open(arguments.Positional.FirstOrDefault(), output, "import");
        if (export is null) return ExitCodes.Unusable;

        await using var storage = CliStorage.Open(toolkit.Settings);
        ExportImporter importer;
        try
        {
            // Resolving the stores opens the file, after the storage settings were validated as serve validates them.
            importer = toolkit.Importer(storage, export);
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures) output.Error.WriteLine("import: " + failure);
            return ExitCodes.Usage;
        }
        catch (IOException exception)
        {
            output.Error.WriteLine($"import: cannot open the store {toolkit.Settings.Storage.Path} ({exception.Message}). Is the bot running? Stop it first.");
            return ExitCodes.Unusable;
        }

        var summary = await ImportAsync(importer, export, channel => filter.IsMatch(channel.Name), workspaceUrl, output);
        PrintSummary(summary, toolkit.Settings.Storage.Path, output);

        ExportPath.ReportProblems(export, output);
        return ExitCodes.Success;
    }

    /// <summary>Runs the import with a progress bar on a terminal, and progress lines on stderr otherwise.</summary>
    public static async Task<ImportSummary> ImportAsync(ExportImporter importer, SlackExport export, Func<ExportChannel, bool> include, Uri? workspaceUrl, CliOutput output)
    {
        if (!output.Console.Profile.Capabilities.Interactive)
        {
            var lastChannel = "";
            return await importer.ImportAsync(export, include, workspaceUrl, new SynchronousProgress(progress =>
            {
                if (progress.Channel == lastChannel) return;
                lastChannel = progress.Channel;
                output.Error.WriteLine($"Reading #{progress.Channel} ({progress.ChannelIndex + 1}/{progress.ChannelCount})…");
            }));
        }

        ImportSummary? summary = null;
        await output.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing");
                summary = await importer.ImportAsync(export, include, workspaceUrl, new SynchronousProgress(progress =>
                {
                    task.MaxValue = Math.Max(1, progress.ChannelCount);
                    task.Value = progress.ChannelIndex;
                    task.Description = $"#{Markup.Escape(progress.Channel)} · {progress.DaysRead} day(s)";
                }));
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void PrintSummary(ImportSummary summary, string storePath, CliOutput output)
    {
        var table = new Table().AddColumns("", "found", "new or changed");
        table.AddRow("incidents", summary.Incidents.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.IncidentsChanged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("learning moments", summary.Moments.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.MomentsChanged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("findings", summary.Findings.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.FindingsChanged.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Console.Write(table);
        output.Console.MarkupLine($"Read {summary.MessagesRead} message(s) in {summary.ChannelsRead} channel(s); {summary.QuestionsFound} question(s) from the bot found. Store: {Markup.Escape(storePath)}");
        if (!summary.ChangedAnything) output.Console.MarkupLine("Nothing changed: this export was imported before.");
    }

    private static bool TryWorkspaceUrl(string text, out Uri? url)
    {
        var withSlash = text.EndsWith('/') ? text : text + "/";
        var ok = Uri.TryCreate(withSlash, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps;
        url = ok ? parsed : null;
        return ok;
    }

    /// <summary>Progress reported on the importing thread (Progress&lt;T&gt; would post to the thread pool and race the summary).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
