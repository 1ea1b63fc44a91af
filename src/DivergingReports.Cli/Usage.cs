using System.Reflection;
using CommandLine;
using CommandLine.Text;
using DivergingReports.Cli.Commands;
using DivergingReports.Diagnostics;

namespace DivergingReports.Cli;

/// <summary>divrep's help screens, and its one-line answer to a command typed wrongly.</summary>
public static class Usage
{
    public static readonly Type[] Verbs =
        [typeof(BuildOptions), typeof(CheckOptions), typeof(DeployOptions), typeof(ImportVerbOptions), typeof(InitOptions), typeof(NewOptions), typeof(SchemaOptions), typeof(ServeOptions), typeof(ThemeOptions)];

    /// <summary>"divrep 0.1.0+commit": divrep's own version, not the one of the program it runs in (the test host's, in-process).</summary>
    public static string Version { get; } = "divrep " + typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>
    /// What <c>divrep help TOPIC</c> prints besides a command's help: references an editor of an
    /// installed divrep needs and would otherwise have to find in its repository.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<string>> Topics = new Dictionary<string, Func<string>>(StringComparer.Ordinal)
    {
        ["content"] = DivergingReports.Content.Schema.ContentReference.Markdown,
    };

    public static string Name(Type verb) => verb.GetCustomAttribute<VerbAttribute>()!.Name;

    private static Type? Verb(string name) => Verbs.FirstOrDefault(v => Name(v) == name);

    private static bool IsHelp(string arg) => arg is "--help" or "-h";

    /// <summary>The help asked for, as the parser spells it ("help" or "help VERB"), or what is wrong with the request; null when no help was asked for.</summary>
    public static (string[] Args, string? Error)? HelpRequest(string[] args)
    {
        if (args[0] == "help" || IsHelp(args[0]))
        {
            var rest = args.Skip(1).Where(a => !IsHelp(a)).ToArray();
            if (rest.Length == 0) return (["help"], null);
            return Verb(rest[0]) is not null || Topics.ContainsKey(rest[0]) ? (["help", rest[0]], null) : ([], NotACommandOrTopic(rest[0]));
        }
        // The parser reads -h and --help as options, never as an option's value, so after a command they can only ask for its help.
        if (Verb(args[0]) is not null && args.Skip(1).Any(IsHelp)) return (["help", args[0]], null);
        return null;
    }

    /// <summary>The help screen for <paramref name="request"/>: the list of commands, or one command's usage and options.</summary>
    public static string Help(Parser parser, string[] request)
    {
        if (request.Length > 1 && Topics.TryGetValue(request[1], out var topic)) return topic().TrimEnd('\n') + Environment.NewLine;
        var verb = request.Length > 1 ? Verb(request[1]) : null;
        var text = HelpText.AutoBuild(parser.ParseArguments(request, Verbs), h =>
        {
            // --version belongs to divrep alone; a command's help lists its own -h, --help (VerbOptions) in place of the parser's.
            h.Heading = Version;
            h.Copyright = "";
            h.AutoVersion = false;
            h.AutoHelp = verb is null;
            h.AddNewLineBetweenHelpSections = true;
            if (verb is not null) h.AddPreOptionsLine("Usage: " + Synopsis(verb));
            else
            {
                h.AddPreOptionsLine("Usage: divrep COMMAND [options]");
                h.AddPostOptionsLine("divrep COMMAND --help (or -h, or divrep help COMMAND) lists a command's options; divrep --version prints the version.");
                h.AddPostOptionsLine("divrep help content prints the content reference: every field of every file, what it takes and whether it is required.");
            }
            return h;
        });
        // Each option ends with a blank line, and the closing lines bring their own: one is enough.
        return System.Text.RegularExpressions.Regex.Replace(text.ToString().TrimEnd(), @"(\r?\n){3,}", Environment.NewLine + Environment.NewLine) + Environment.NewLine;
    }

    /// <summary>
    /// An option that takes a value but was given none (last on the line, or followed by another option):
    /// the parser would leave it unset without a word, and divrep build -o would build into _site.
    /// </summary>
    public static string? WithoutValue(Type verb, string[] args)
    {
        var options = verb.GetProperties()
            .Select(p => (Type: p.PropertyType, Option: p.GetCustomAttribute<OptionAttribute>()))
            .Where(o => o.Option is not null)
            .SelectMany(o => new[] { (Name: "--" + o.Option!.LongName, o.Type), (Name: "-" + o.Option.ShortName, o.Type) })
            .Where(o => o.Name is not ("--" or "-"))
            .ToDictionary(o => o.Name, o => o.Type);
        for (var i = 1; i < args.Length; i++)
            if (options.TryGetValue(args[i], out var type) && type != typeof(bool) && (i + 1 == args.Length || options.ContainsKey(args[i + 1])))
                return args[i];
        return null;
    }

    /// <summary>"divrep theme [options] ACTION [NAME...]": the command with its arguments, from its options class.</summary>
    private static string Synopsis(Type verb)
    {
        var values = verb.GetProperties()
            .Select(p => (Property: p, Value: p.GetCustomAttribute<ValueAttribute>()))
            .Where(v => v.Value is { Hidden: false })
            .OrderBy(v => v.Value!.Index)
            .Select(v =>
            {
                var name = v.Value!.MetaName + (v.Property.PropertyType == typeof(string) ? "" : "...");
                return v.Value.Required ? name : $"[{name}]";
            });
        return string.Join(" ", new[] { "divrep", Name(verb), "[options]" }.Concat(values));
    }

    /// <summary>Says what was wrong in one line on stderr, and where the right way is told; exit code 2.</summary>
    public static int Fail(CliContext context, Type? verb, string problem)
    {
        var who = verb is null ? "divrep" : "divrep " + Name(verb);
        context.Error.WriteLine($"{who}: {problem}; {who} --help lists {(verb is null ? "the commands" : "its options")}");
        return ExitCodes.Usage;
    }

    public static int Fail(CliContext context, NotParsed<object> failed)
    {
        var verb = Verbs.Contains(failed.TypeInfo.Current) ? failed.TypeInfo.Current : null;
        return Fail(context, verb, string.Join("; ", failed.Errors.Select(e => Describe(e, verb)).Distinct()));
    }

    private static string NotACommand(string typed) =>
        $"'{Printable.Escape(typed)}' is not a command" + Hint(Suggestions.Closest(typed, Verbs.Select(Name)));

    private static string NotACommandOrTopic(string typed) =>
        $"'{Printable.Escape(typed)}' is not a command or a help topic ({string.Join(", ", Topics.Keys)})"
        + Hint(Suggestions.Closest(typed, Verbs.Select(Name).Concat(Topics.Keys)));

    private static string Describe(Error error, Type? verb) => error switch
    {
        BadVerbSelectedError e => NotACommand(e.Token),
        NoVerbSelectedError => "name a command",
        UnknownOptionError { Token: "version" } => "--version is divrep's own, not a command's: divrep --version",
        UnknownOptionError e => $"unknown option '{Printable.Escape(Dashed(e.Token))}'"
            + Hint(verb is null ? [] : Suggestions.Closest(e.Token, LongNames(verb)).Select(Dashed)),
        MissingRequiredOptionError e when e.NameInfo.NameText.Length == 0 => $"an argument is missing: {Synopsis(verb!)}",
        MissingValueOptionError e => $"{Dashed(e.NameInfo)} needs a value",
        BadFormatConversionError e => $"the value of {Dashed(e.NameInfo)} is not valid",
        RepeatedOptionError e => $"{Dashed(e.NameInfo)} is given more than once",
        _ => Printable.Escape(SentenceBuilder.Create().FormatError(error).TrimEnd('.')),
    };

    private static string Hint(IEnumerable<string> close) =>
        close.ToArray() is { Length: > 0 } names ? " (did you mean " + string.Join(" or ", names.Select(n => $"'{n}'")) + "?)" : "";

    private static IEnumerable<string> LongNames(Type verb) =>
        verb.GetProperties().Select(p => p.GetCustomAttribute<OptionAttribute>()?.LongName).OfType<string>().Where(n => n.Length > 0);

    private static string Dashed(string name) => (name.Length == 1 ? "-" : "--") + name;

    private static string Dashed(NameInfo name) => name.LongName.Length > 0 ? "--" + name.LongName : "-" + name.ShortName;
}
