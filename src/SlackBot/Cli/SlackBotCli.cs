using Microsoft.Extensions.Options;
using SlackBot.Hosting;

namespace SlackBot.Cli;

/// <summary>The command line: <c>serve</c> (the default) runs the bot; the other commands work offline.</summary>
public static class SlackBotCli
{
    public const string Usage = """
        SlackBot: learns from incidents in Slack.

        Usage:
          slackbot [serve] [--urls http://0.0.0.0:8080]   run the bot (the default command)
          slackbot demo                                     the whole loop on a bundled sample export, offline
          slackbot replay <export> [--format text|json]     what the bot would notice and ask in an export
          slackbot import <export>                          backfill incidents, moments and findings from an export
          slackbot digest [--week YYYY-Www] [--team T]      a week's learning digest from the store, as Markdown
          slackbot migrate --from FILE --to CONNECTION      copy a LiteDB store into PostgreSQL (for replicas)
          slackbot <command> --help                         help for one command

        Settings come from appsettings.json, environment variables (Slack__BotToken or SLACK_BOT_TOKEN, ...)
        and --Section:Key=value arguments. See the README, section "Configuration".
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = command == "serve" && args.Length > 0 && args[0] == "serve" ? args[1..] : args;

        if (command == "help" || (command == "serve" && args.Any(arg => arg is "--help" or "-h" or "-?")))
        {
            Console.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var output = CliOutput.System();
        if (command == "serve") return await ServeAsync(rest);
        try
        {
            return command switch
            {
                "replay" => ReplayCommand.Run(args[1..], output),
                "import" => await ImportCommand.RunAsync(args[1..], output),
                "demo" => await DemoCommand.RunAsync(args[1..], output),
                "digest" => await DigestCommand.RunAsync(args[1..], output),
                "migrate" => await MigrateCommand.RunAsync(args[1..], output),
                _ => UnknownCommand(command),
            };
        }
        catch (OptionsValidationException exception)
        {
            // The engine's own validators refused a setting, exactly as serve would.
            foreach (var failure in exception.Failures) output.Error.WriteLine($"{command}: {failure}");
            return ExitCodes.Usage;
        }
        catch (StartupException exception)
        {
            // e.g. a data file that is locked, truncated or from a newer version: one line, the file untouched.
            output.Error.WriteLine($"{command}: {exception.Message}");
            return ExitCodes.Unusable;
        }
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        try
        {
            await using var app = SlackBotHost.Build(args);
            // Resolved first: RunAsync disposes the services when the host stops.
            var failure = app.Services.GetRequiredService<StartupFailure>();
            await app.RunAsync();
            // A problem found once the host already listened (Slack rejecting the token) ends it as a failed start does.
            failure.ThrowIfReported();
            // Zero unless a component that stopped the application set a code for the supervisor to see
            // (the Socket Mode receiver does when Slack refuses the app token or switches Socket Mode off).
            return Environment.ExitCode;
        }
        catch (OptionsValidationException exception)
        {
            await Console.Error.WriteLineAsync("SlackBot cannot start:");
            foreach (var failure in exception.Failures) await Console.Error.WriteLineAsync("  - " + failure);
            return 2;
        }
        catch (StartupException exception)
        {
            await Console.Error.WriteLineAsync("SlackBot cannot start: " + exception.Message);
            return 3;
        }
        catch (InvalidOperationException exception) when (exception.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
        {
            // e.g. "Failed to convert configuration value at 'Slack:Mode' to type SlackMode".
            await Console.Error.WriteLineAsync("SlackBot cannot start: " + exception.Message + " See the README, section \"Configuration\".");
            return 2;
        }
    }

    private static int UnknownCommand(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        Console.Error.WriteLine();
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
