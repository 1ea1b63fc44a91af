using DivergingReports.Cli;

return Cli.Run(args, CliContext.FromConsole());
