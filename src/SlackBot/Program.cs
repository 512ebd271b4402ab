using SlackBot.Cli;

return await SlackBotCli.RunAsync(args);
