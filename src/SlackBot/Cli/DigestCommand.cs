using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Questions;
using SlackBot.Features.Workspace;

namespace SlackBot.Cli;

/// <summary>
/// <c>digest [--week YYYY-Www] [--team T] [--format markdown|text] [--zone Z] [--chart FILE]</c>: a week's digest from the configured
/// store, printed on stdout. Needs no Slack settings; people are named from the bot's cache of users.
/// </summary>
public static class DigestCommand
{
    public const string Usage = """
        Usage: slackbot digest [--week YYYY-Www] [--team T] [--format markdown|text] [--zone Z] [--chart digest.png]

        Prints the learning digest of one ISO week (default: the current week) from the bot's store
        (Storage:Path, default data/slackbot.db): the incidents, findings by theme against the four weeks
        before, quoted highlights with links, and the questions still waiting for an answer. Findings from
        private channels are left out (a digest posted in Slack shows them only in their own channel).
        Needs no Slack settings; stop the bot first (the store is a single file owned by one process).

          --week YYYY-Www       e.g. 2026-W48 (default: this week)
          --team T              only incidents tagged with this team (/learn team)
          --format F            markdown (default) or text
          --zone Z              the IANA time zone weeks are counted in (default UTC)
          --chart FILE          also write the chart (findings by theme, eight weeks) as a PNG
          --help                show this help
        """;

    private static readonly HashSet<string> Options = new(StringComparer.OrdinalIgnoreCase) { "week", "team", "format", "zone", "chart" };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliOutput output)
    {
        var arguments = CliArguments.Parse(args, Options);
        if (arguments.Help)
        {
            output.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        if (arguments.Error is not null || arguments.Positional.Count > 0)
        {
            output.Error.WriteLine("digest: " + (arguments.Error ?? $"takes no positional arguments (got '{arguments.Positional[0]}')."));
            output.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var zone = arguments.Option("zone") is { } zoneName ? DigestSchedule.FindZone(zoneName) : TimeZoneInfo.Utc;
        if (zone is null)
        {
            output.Error.WriteLine("digest: --zone must be an IANA time zone such as Europe/Berlin.");
            return ExitCodes.Usage;
        }

        var period = arguments.Option("week") is { } week ? DigestPeriod.TryParseWeek(week, zone) : DigestPeriod.WeekOf(TimeProvider.System.GetUtcNow(), zone);
        if (period is null)
        {
            output.Error.WriteLine("digest: --week must be an ISO week such as 2026-W48.");
            return ExitCodes.Usage;
        }

        var format = DigestTextFormat.Markdown;
        if (arguments.Option("format") is { } formatName && !Enum.TryParse(formatName, ignoreCase: true, out format))
        {
            output.Error.WriteLine("digest: --format must be markdown or text.");
            return ExitCodes.Usage;
        }

        var team = arguments.Option("team") is { } teamName ? DigestTeams.Normalize(teamName) : null;
        var settings = CliSettings.Load(arguments.Settings);
        await using var storage = CliStorage.Open(settings);
        try
        {
            var names = new CachedDigestNames(storage.GetRequiredService<IUserCache>());
            var digest = await ComposeAsync(storage, names, period, zone, new DigestFilter(team, PostedTo: null, settings.Digest.Anonymize), CancellationToken.None);
            var rendered = DigestMarkdown.Render(digest, format);
            output.Out.Write(rendered.EndsWith('\n') ? rendered : rendered + "\n");
            if (arguments.Option("chart") is { } chartPath)
            {
                if (DigestChart.Render(digest) is { } png)
                {
                    await File.WriteAllBytesAsync(chartPath, png);
                    output.Error.WriteLine($"digest: chart written to {chartPath}");
                }
                else output.Error.WriteLine("digest: no findings that week, so no chart was written.");
            }

            return ExitCodes.Success;
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures) output.Error.WriteLine("digest: " + failure);
            return ExitCodes.Usage;
        }
        catch (IOException exception)
        {
            output.Error.WriteLine($"digest: cannot open the store {settings.Storage.Path} ({exception.Message}). Is the bot running? Stop it first.");
            return ExitCodes.Unusable;
        }
    }

    /// <summary>A digest from the stores <paramref name="storage"/> holds (the command line's and the demo's).</summary>
    public static async Task<Digest> ComposeAsync(IServiceProvider storage, IDigestNames names, DigestPeriod period, TimeZoneInfo zone, DigestFilter filter, CancellationToken cancellationToken)
    {
        var source = new StoreDigestMaterialSource(storage.GetRequiredService<IIncidentStore>(), storage.GetRequiredService<IFindingStore>(),
            storage.GetRequiredService<IQuestionStore>(), storage.GetRequiredService<IIdeaStore>(), storage.GetRequiredService<ISentDigestStore>(), names);
        return DigestComposer.Compose(period, zone, filter, await source.LoadAsync(period, zone, null, cancellationToken));
    }
}
