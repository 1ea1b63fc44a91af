using CommandLine;

namespace DivergingReports.Cli.Commands;

/// <summary>What every command's options share: the help switch, and what was typed that the command does not take.</summary>
public abstract class VerbOptions
{
    /// <summary>
    /// Declared so each command's help lists <c>-h, --help</c>; <see cref="Cli"/> answers either before the
    /// options are read (a command's required arguments would otherwise hide it), so it is never set.
    /// </summary>
    [Option('h', "help", HelpText = "Show this help.")]
    public bool Help { get; set; }

    /// <summary>Arguments beyond the ones the command takes; the parser would drop them silently (<c>divrep build site</c> would build the current folder).</summary>
    public virtual IEnumerable<string> Unexpected => [];
}
