namespace SlackBot.Tests.Import;

/// <summary>Finds the demo's sample export in the repository, whichever output folder the tests run from.</summary>
internal static class SampleExport
{
    public const string IncidentChannel = "inc-2026-11-checkout-latency";
    public const string LearnBotUserId = "U0LEARNBOT";
    public const string LearnBotBotId = "B0LEARNBOT";

    private const string RelativePath = "samples/northwind-incident-export";

    public static string Path { get; } = Locate();

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(System.IO.Path.Combine(candidate, "channels.json"))) return candidate;
        }

        throw new DirectoryNotFoundException($"No {RelativePath} above {AppContext.BaseDirectory}.");
    }
}
