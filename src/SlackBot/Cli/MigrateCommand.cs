using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using SlackBot.Features.Findings;
using SlackBot.Hosting;
using SlackBot.Storage;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Migration;
using SlackBot.Storage.Postgres;

namespace SlackBot.Cli;

/// <summary>
/// <c>migrate --from data/slackbot.db --to &lt;connection string&gt;</c>: copies an embedded LiteDB store into PostgreSQL,
/// so a team that started embedded can run two replicas. Copies only what PostgreSQL lacks: running it again is safe.
/// </summary>
public static class MigrateCommand
{
    public const string Usage = """
        Usage: slackbot migrate --from <litedb file> --to <connection string>

        Copies the bot's LiteDB store into a PostgreSQL database (created and brought to this version's schema if
        needed): incidents, messages, moments, questions, findings and their withdrawals, ideas, digests, review
        jobs, caches, the outbox, the inbox and the scheduled runs. Only what PostgreSQL does not hold yet is
        written, so running it again copies nothing and never overwrites what a bot on PostgreSQL changed since.
        Stop the bot on the LiteDB file first.

          --from FILE      the LiteDB file (default: Storage:Path, data/slackbot.db)
          --to VALUE       the PostgreSQL database, Host=…;Database=…;Username=…;Password=… or postgres://…
                           (default: Storage:ConnectionString, then DATABASE_URL)
          --help           show this help

        Then start the bot with Storage:Provider=Postgres and the same connection string.
        """;

    private static readonly HashSet<string> Options = new(StringComparer.OrdinalIgnoreCase) { "from", "to" };

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
            output.Error.WriteLine("migrate: " + (arguments.Error ?? "takes no positional arguments; use --from and --to."));
            output.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var settings = CliSettings.Load(arguments.Settings);
        var from = arguments.Option("from") ?? settings.Storage.Path;
        var to = arguments.Option("to") ?? settings.Storage.ConnectionString ?? settings.Configuration["DATABASE_URL"];
        if (string.IsNullOrWhiteSpace(to))
        {
            output.Error.WriteLine("migrate: say which PostgreSQL database to copy into: --to \"Host=…;Database=…;Username=…;Password=…\" (or set Storage:ConnectionString or DATABASE_URL).");
            return ExitCodes.Usage;
        }

        if (!File.Exists(from))
        {
            output.Error.WriteLine($"migrate: there is no LiteDB file at {Path.GetFullPath(from)} (--from, default Storage:Path).");
            return ExitCodes.Unusable;
        }

        using var source = LiteDbDatabase.OpenFile(from);
        await using var target = CliStorage.OnPostgres(to);
        PostgresDatabase database;
        try
        {
            database = target.GetRequiredService<PostgresDatabase>();
        }
        catch (StartupException exception)
        {
            // Unreachable, refused or malformed: one line naming the setting, never the password.
            output.Error.WriteLine("migrate: " + exception.Message.Replace(PostgresDatabase.Setting, "--to", StringComparison.Ordinal));
            return ExitCodes.Unusable;
        }

        var copier = new LiteDbToPostgresCopier(source, database, target.GetRequiredService<IUnitOfWork>(), target.GetRequiredService<IFindingStore>());
        output.Error.WriteLine($"Copying {Path.GetFullPath(from)} into PostgreSQL {database.Description}…");

        var parts = await CopyAsync(copier, output);
        PrintSummary(parts, output);
        return ExitCodes.Success;
    }

    /// <summary>A progress bar per part on a terminal; a line per part on stderr otherwise.</summary>
    private static async Task<IReadOnlyList<CopiedPart>> CopyAsync(LiteDbToPostgresCopier copier, CliOutput output)
    {
        if (!output.Console.Profile.Capabilities.Interactive)
        {
            var lastPart = "";
            return await copier.CopyAsync(new SynchronousProgress(progress =>
            {
                if (progress.Part == lastPart) return;
                lastPart = progress.Part;
                output.Error.WriteLine($"Copying {progress.Part} ({progress.PartIndex + 1}/{progress.PartCount})…");
            }), CancellationToken.None);
        }

        IReadOnlyList<CopiedPart> parts = [];
        await output.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Copying");
                parts = await copier.CopyAsync(new SynchronousProgress(progress =>
                {
                    task.MaxValue = progress.PartCount;
                    task.Value = progress.PartIndex + (progress.Total == 0 ? 1.0 : (double)progress.Done / progress.Total);
                    task.Description = $"{Markup.Escape(progress.Part)} · {progress.Done}/{progress.Total}";
                }), CancellationToken.None);
                task.Value = task.MaxValue;
            });
        return parts;
    }

    private static void PrintSummary(IReadOnlyList<CopiedPart> parts, CliOutput output)
    {
        var table = new Table().AddColumns("", "in LiteDB", "copied", "already in PostgreSQL");
        foreach (var part in parts.Where(part => part.Read > 0))
            table.AddRow(part.Part, Count(part.Read), Count(part.Copied), Count(part.AlreadyThere));
        output.Console.Write(table);
        var copied = parts.Sum(part => part.Copied);
        output.Console.MarkupLine(copied == 0
            ? "Nothing to copy: PostgreSQL already holds everything in this file."
            : $"Copied {Count(copied)} document(s). Start the bot with Storage:Provider=Postgres and the same connection string.");
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class SynchronousProgress(Action<CopyProgress> report) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value) => report(value);
    }
}
