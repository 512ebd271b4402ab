namespace SlackBot.Tests.Manifest;

/// <summary>
/// The fields that differ between the Socket Mode and the HTTP manifest (Request URLs and the socket switch), and
/// the rules for each variant. Everything else must be the same in both files, or one mode quietly loses a feature.
/// </summary>
internal static class ManifestTransport
{
    // The HTTP receiver's paths (SlackHttpReceiver.MapSlackEndpoints); a test checks the receiver still maps them.
    public const string EventsPath = "/slack/events";
    public const string CommandsPath = "/slack/commands";
    public const string InteractionsPath = "/slack/interactions";

    public static IReadOnlyList<string> ReceiverPaths { get; } = [EventsPath, CommandsPath, InteractionsPath];

    /// <summary>True for a <c>path = value</c> line that only one of the variants may have or may set differently.</summary>
    public static bool IsTransportLine(string line) =>
        IsUrlLine(line) || line.StartsWith("settings.socket_mode_enabled = ", StringComparison.Ordinal);

    public static IReadOnlyList<string> SocketModeProblems(ManifestFile file)
    {
        var problems = new List<string>();
        if (file.Manifest.Settings?.SocketModeEnabled != true)
            problems.Add($"{file.Name}: settings.socket_mode_enabled must be true: this is the Socket Mode manifest.");
        problems.AddRange(file.Lines.Where(IsUrlLine).Select(line =>
            $"{file.Name}: remove '{line}': in Socket Mode Slack delivers everything over the WebSocket, and a Request URL would only confuse whoever sets the app up."));
        return problems;
    }

    public static IReadOnlyList<string> HttpModeProblems(ManifestFile file)
    {
        var problems = new List<string>();
        var manifest = file.Manifest;
        if (manifest.Settings?.SocketModeEnabled != false)
            problems.Add($"{file.Name}: settings.socket_mode_enabled must be false: with Socket Mode on, Slack ignores the Request URLs.");

        CheckUrl(problems, file.Name, "settings.event_subscriptions.request_url", manifest.Settings?.EventSubscriptions?.RequestUrl, EventsPath);
        CheckUrl(problems, file.Name, "settings.interactivity.request_url", manifest.Settings?.Interactivity?.RequestUrl, InteractionsPath);
        foreach (var command in manifest.SlashCommands)
            CheckUrl(problems, file.Name, $"the url of slash command {command.Command}", command.Url, CommandsPath);
        return problems;
    }

    /// <summary>The lines one variant has and the other lacks, transport lines aside.</summary>
    public static IReadOnlyList<string> Differences(ManifestFile socket, ManifestFile http)
    {
        var socketLines = socket.Lines.Where(line => !IsTransportLine(line)).ToList();
        var httpLines = http.Lines.Where(line => !IsTransportLine(line)).ToList();
        var problems = new List<string>();
        problems.AddRange(socketLines.Except(httpLines, StringComparer.Ordinal)
            .Select(line => $"only in {socket.Name}: {line} (copy it to {http.Name} or remove it)"));
        problems.AddRange(httpLines.Except(socketLines, StringComparer.Ordinal)
            .Select(line => $"only in {http.Name}: {line} (copy it to {socket.Name} or remove it)"));
        if (problems.Count == 0 && !socketLines.SequenceEqual(httpLines, StringComparer.Ordinal))
            problems.Add($"{socket.Name} and {http.Name} list the same entries in a different order: use one order so that the files diff cleanly.");
        return problems;
    }

    private static bool IsUrlLine(string line)
    {
        var key = ManifestFile.KeyOf(line);
        return key is "url" or "urls" || key.EndsWith("_url", StringComparison.Ordinal) || key.EndsWith("_urls", StringComparison.Ordinal);
    }

    private static void CheckUrl(List<string> problems, string file, string field, string? value, string path)
    {
        if (value is null)
        {
            problems.Add($"{file}: {field} is missing: set it to https://<your public host>{path}.");
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            problems.Add($"{file}: {field} '{value}' must be an absolute https:// URL: Slack only sends to HTTPS Request URLs.");
        else if (url.AbsolutePath != path)
            problems.Add($"{file}: {field} '{value}' must end in {path}, the path the bot's HTTP receiver listens on.");
    }
}
