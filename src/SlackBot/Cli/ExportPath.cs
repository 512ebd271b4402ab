using SlackBot.Features.Import.Export;

namespace SlackBot.Cli;

/// <summary>Opens the export a command was given, turning every way that can fail into one clear line.</summary>
public static class ExportPath
{
    public static SlackExport? Open(string? path, CliOutput output, string command)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            output.Error.WriteLine($"{command}: give the path of a Slack export (a folder or a .zip). See 'slackbot {command} --help'.");
            return null;
        }

        try
        {
            return SlackExport.Open(path);
        }
        catch (ExportException exception)
        {
            output.Error.WriteLine($"{command}: {exception.Message}");
            return null;
        }
    }

    /// <summary>Reports the files that could not be read; reading went on without them.</summary>
    public static void ReportProblems(SlackExport export, CliOutput output)
    {
        if (export.Problems.Count == 0) return;
        output.Error.WriteLine($"{export.Problems.Count} problem(s) in the export; those parts were skipped:");
        foreach (var problem in export.Problems) output.Error.WriteLine("  " + problem);
    }
}
