namespace DivergingReports.Cli;

/// <summary>What a command may touch of the outside world, passed in so tests run the real commands in-process.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, Func<string, string?> Environment, Func<DateTimeOffset> Now)
{
    public static CliContext FromConsole() => new(Console.Out, Console.Error, System.Environment.CurrentDirectory,
        System.Environment.GetEnvironmentVariable, () => DateTimeOffset.Now);

    /// <summary>The size GitHub Pages accepts; tests pass a small one rather than write a gigabyte.</summary>
    public long PagesLimit { get; init; } = Building.PagesLimit.Bytes;

    /// <summary>Under GitHub Actions, diagnostics also go out as workflow annotations.</summary>
    public bool GitHubActions => string.Equals(Environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
}
