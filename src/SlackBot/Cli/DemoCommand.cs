using System.Globalization;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Import;
using SlackBot.Features.Import.Export;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace SlackBot.Cli;

/// <summary>
/// <c>demo</c>: the whole loop on the bundled sample export, offline, into a throw-away in-memory store. What the bot
/// noticed while people worked, whom it would ask what and when, and what people answered, grouped by theme.
/// </summary>
public static class DemoCommand
{
    public const string Usage = """
        Usage: slackbot demo

        Runs the whole loop on a sample Slack export bundled with SlackBot (Northwind Commerce, a checkout
        latency incident): the learning moments the bot notices while people work, the questions it asks after
        resolution (whom, when, in their own time zone), and the answers people gave, kept as findings and
        grouped by theme. Needs no settings, no Slack, and writes nothing: the store is in memory.
        """;

    public static string SamplePath { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "northwind-incident-export");

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliOutput output)
    {
        if (args.Any(arg => arg is "--help" or "-h" or "-?"))
        {
            output.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        if (args.Count > 0)
        {
            output.Error.WriteLine($"demo: takes no arguments (got '{args[0]}'). To read your own export, use 'slackbot replay <export>'.");
            return ExitCodes.Usage;
        }

        var toolkit = new LearningToolkit(CliSettings.Defaults());
        using var export = ExportPath.Open(SamplePath, output, "demo");
        if (export is null) return ExitCodes.Unusable;
        await using var storage = CliStorage.InMemory();

        var console = output.Console;
        console.Write(new Rule("[bold]SlackBot demo[/]: learning from an incident at Northwind Commerce").LeftJustified());
        console.MarkupLine($"[grey]Sample export: {Markup.Escape(SamplePath)}. Nothing is sent to Slack; the store is in memory.[/]");
        console.WriteLine();

        var summary = await toolkit.Importer(storage, export).ImportAsync(export, channel => toolkit.IncidentChannels.IsMatch(channel.Name));
        var moments = storage.GetRequiredService<IMomentStore>();
        var findings = storage.GetRequiredService<IFindingStore>();
        foreach (var incident in await storage.GetRequiredService<IIncidentStore>().AllAsync(CancellationToken.None))
        {
            var channel = export.Channels.Single(candidate => candidate.Id == incident.ChannelId);
            ShowMoments(export, channel, incident, await moments.ForIncidentAsync(incident.Id, CancellationToken.None), console);
            ShowQuestions(export, channel, incident, toolkit, console);
            var kept = await findings.ForIncidentAsync(incident.Id, CancellationToken.None);
            ShowFindings(export, kept, console);
            ShowFollowUps(export, kept, console);
        }

        await ShowDigestAsync(storage, export, console);

        console.Write(new Rule("[bold]Try it[/]").LeftJustified());
        console.MarkupLine($"Read {summary.MessagesRead} messages in {summary.ChannelsRead} incident channel(s) ({export.Channels.Count - summary.ChannelsRead} other channel(s) left alone).");
        console.MarkupLine("• On your own Slack export:  [blue]dotnet run --project src/SlackBot -- replay path/to/export[/]  (add --format json for scripts)");
        console.MarkupLine("• Keep what it finds:        [blue]dotnet run --project src/SlackBot -- import path/to/export[/]");
        console.MarkupLine("• In your workspace:         see the README, section \"Set-up\" (about five minutes, no public URL needed)");
        ExportPath.ReportProblems(export, output);
        return ExitCodes.Success;
    }

    private static void ShowMoments(SlackExport export, ExportChannel channel, Incident incident, IReadOnlyList<Moment> moments, IAnsiConsole console)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]1. While #{Markup.Escape(channel.Name)} was busy[/]").LeftJustified());
        var people = moments.Select(moment => moment.UserId).Distinct().Count();
        console.MarkupLine($"The incident ran from {Time(incident.StartedAt)} to {Time(incident.ResolvedAt ?? incident.StartedAt)} UTC. " +
                           $"The bot posted nothing; it quietly noticed [bold]{moments.Count}[/] learning moments from {people} people:");
        var chart = new BreakdownChart().Width(Math.Min(100, console.Profile.Width));
        var colours = new[] { Color.Blue, Color.Green, Color.Orange1, Color.Purple, Color.Teal, Color.Red, Color.Yellow, Color.Aqua, Color.Fuchsia, Color.Lime, Color.Maroon, Color.Navy, Color.Olive, Color.Silver };
        var index = 0;
        foreach (var group in moments.GroupBy(moment => moment.Category).OrderByDescending(group => group.Count()))
            chart.AddItem(group.Key.Label(), group.Count(), colours[index++ % colours.Length]);
        console.Write(chart);

        var table = new Table().Border(TableBorder.Simple).AddColumns("time", "who", "kind", "in their words");
        foreach (var moment in moments.OrderByDescending(moment => moment.Confidence).Take(8).OrderBy(moment => moment.At))
            table.AddRow(Time(moment.At), Markup.Escape(export.NameOf(moment.UserId)), Markup.Escape(moment.Category.Label()), Markup.Escape("“" + moment.Cue + "”"));
        console.MarkupLine("The strongest eight:");
        console.Write(table);
    }

    private static void ShowQuestions(SlackExport export, ExportChannel channel, Incident incident, LearningToolkit toolkit, IAnsiConsole console)
    {
        console.Write(new Rule("[bold]2. After it was resolved[/]").LeftJustified());
        var options = toolkit.Settings.QuestionTiming;
        var resolvedAt = incident.ResolvedAt ?? incident.StartedAt;
        var timing = new QuestionTiming(new FixedClock(resolvedAt), options);
        var moments = toolkit.ReplayFor(export).MomentsIn(export, channel).ToList();
        var chosen = QuestionSelection.Choose(
            moments.Select(moment => new MomentCandidate(moment.MomentId, moment.Message.User!, moment.Category, moment.Confidence, moment.Message.Ts)), options);

        console.MarkupLine($"Resolved at {Time(resolvedAt)} UTC. After a {options.CooldownAfterResolution.TotalMinutes:0}-minute cool-down the bot picks the best moments " +
                           $"(at most {options.MaxPerPersonPerIncident} per person, {options.MaxPerIncident} in all, varied kinds) and asks each person in a thread on their own message, " +
                           "in their working hours (shown in their own time zone), with [bold]Answer[/] / [bold]Not now[/] / [bold]Not relevant[/] buttons:");
        var byId = moments.ToDictionary(moment => moment.MomentId, StringComparer.Ordinal);
        foreach (var candidate in chosen.OrderBy(candidate => candidate.UserId, StringComparer.Ordinal))
        {
            var moment = byId[candidate.MomentId];
            var user = export.User(candidate.UserId);
            var clock = new UserClock(user?.Tz, null);
            var release = TimeZoneInfo.ConvertTime(timing.ReleaseTime(resolvedAt, clock), clock.ResolveTimeZone());
            console.MarkupLine($"  [green]{Markup.Escape(release.ToString("ddd HH:mm", CultureInfo.InvariantCulture))}[/] [grey]{Markup.Escape(user?.Tz ?? "UTC")}[/] " +
                               Markup.Escape(SlackText.ToPlain(moment.Question.Text, new PlainTextOptions { UserName = export.NameOf })));
        }

        console.WriteLine();
    }

    private static void ShowFindings(SlackExport export, IReadOnlyList<Finding> findings, IAnsiConsole console)
    {
        console.Write(new Rule("[bold]3. What people answered[/]: findings, by theme").LeftJustified());
        if (findings.Count == 0)
        {
            console.MarkupLine("No answers in this export.");
            return;
        }

        console.MarkupLine($"{findings.Count} findings: replies to the bot's questions and messages marked with :bulb:, kept as the team's memory.");
        foreach (var theme in findings.GroupBy(finding => finding.Themes.FirstOrDefault() ?? "Other").OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            console.MarkupLine($"[bold blue]{Markup.Escape(theme.Key)}[/]");
            foreach (var finding in theme)
            {
                var tags = finding.Themes.Skip(1).ToList();
                console.MarkupLine($"  “{Markup.Escape(SlackText.ToPlain(finding.Text, new PlainTextOptions { UserName = export.NameOf }))}”");
                console.MarkupLine($"   [grey]— {Markup.Escape(export.NameOf(finding.AuthorId))}{(tags.Count > 0 ? " · " + Markup.Escape(string.Join(", ", tags)) : "")}{(finding.BlameFlags.Count > 0 ? " · worded with blame: handled with care in digests" : "")}[/]");
            }
        }

        console.WriteLine();
    }

    /// <summary>The weekly digest the sample incident's week would produce, as its Markdown (what `digest` prints).</summary>
    private static async Task ShowDigestAsync(IServiceProvider storage, SlackExport export, IAnsiConsole console)
    {
        var incidents = await storage.GetRequiredService<IIncidentStore>().AllAsync(CancellationToken.None);
        if (incidents.Count == 0) return;
        var period = DigestPeriod.WeekOf(incidents[0].StartedAt, TimeZoneInfo.Utc);
        var digest = await DigestCommand.ComposeAsync(storage, new FixedDigestNames(export.NameOf), period, TimeZoneInfo.Utc, new DigestFilter(null, PostedTo: null), CancellationToken.None);
        console.Write(new Rule($"[bold]5. The weekly digest[/] teams would get for {Markup.Escape(digest.Week)}").LeftJustified());
        console.WriteLine(DigestMarkdown.Render(digest, DigestTextFormat.Markdown));
    }

    /// <summary>Answers that opened the next mystery, the follow-up the bot asked in the same thread, and what came back.</summary>
    private static void ShowFollowUps(SlackExport export, IReadOnlyList<Finding> findings, IAnsiConsole console)
    {
        var byId = findings.ToDictionary(finding => finding.Id, StringComparer.Ordinal);
        var followUps = findings.Where(finding => finding.ParentFindingId is { } parent && byId.ContainsKey(parent)).ToList();
        if (followUps.Count == 0) return;

        string Plain(string text) => Markup.Escape(SlackText.ToPlain(text, new PlainTextOptions { UserName = export.NameOf }));
        console.Write(new Rule("[bold]4. The next mystery[/]: follow-up questions").LeftJustified());
        console.MarkupLine("When an answer opens a new thread of inquiry (a one-off script, a workaround, a habit nobody wrote down, \"not sure why…\"), " +
                           "the bot asks [bold]one[/] optional follow-up in the same thread, quoting the answer. Its answer is kept, linked to the first:");
        foreach (var finding in followUps)
        {
            var parent = byId[finding.ParentFindingId!];
            console.MarkupLine($"  [grey]{Markup.Escape(export.NameOf(parent.AuthorId))} answered:[/] “{Plain(ReviewLine(parent.Text))}”");
            if (finding.QuestionText is { } asked) console.MarkupLine($"  [green]follow-up:[/] {Plain(asked)}");
            console.MarkupLine($"  [grey]{Markup.Escape(export.NameOf(finding.AuthorId))}:[/] “{Plain(finding.Text)}”");
        }

        console.WriteLine();
    }

    /// <summary>A long answer's last two sentences, where the opening usually is.</summary>
    private static string ReviewLine(string text)
    {
        var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        return sentences.Length <= 2 ? text : "… " + string.Join(". ", sentences[^2..]);
    }

    private static string Time(DateTimeOffset at) => at.ToString("ddd HH:mm", CultureInfo.InvariantCulture);
}
