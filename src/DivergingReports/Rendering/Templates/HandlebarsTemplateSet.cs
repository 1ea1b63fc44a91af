using System.Text.RegularExpressions;
using DivergingReports.Content;
using DivergingReports.Diagnostics;
using HandlebarsDotNet;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The templates/ folder compiled with Handlebars.Net: page templates (templates/*.hbs) and partials
/// (templates/partials/*.hbs, registered by file name). Every value is HTML-escaped; only values
/// whose names end in Html or Json (rendered Markdown, JSON-LD) may be written raw with {{{…}}},
/// and a template that tries otherwise is refused.
/// </summary>
public sealed partial class HandlebarsTemplateSet : ITemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Path, string Text)> _sources = new(StringComparer.Ordinal);
    private readonly IHandlebars _handlebars;

    private HandlebarsTemplateSet(IHandlebars handlebars) => _handlebars = handlebars;

    /// <summary>Compiles every template; problems are reported with file and line, and null is returned when there are any.</summary>
    public static HandlebarsTemplateSet? Load(ProjectPaths paths, DiagnosticBag bag)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            // A misspelt name in a template is an error, not silently empty text.
            ThrowOnUnresolvedBindingExpression = true,
        });
        TemplateHelpers.Register(handlebars);
        var set = new HandlebarsTemplateSet(handlebars);
        var failed = false;

        var partials = Path.Combine(paths.Templates, "partials");
        foreach (var file in Files(partials))
        {
            var (path, text) = (paths.Relative(file), File.ReadAllText(file));
            if (!CheckRawOutput(path, text, bag) || !set.TryCompile(path, text, bag, out var partial)) { failed = true; continue; }
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), partial!);
            set._sources["partials/" + Path.GetFileNameWithoutExtension(file)] = (path, text);
        }
        foreach (var file in Files(paths.Templates))
        {
            var (path, text) = (paths.Relative(file), File.ReadAllText(file));
            if (!CheckRawOutput(path, text, bag) || !set.TryCompile(path, text, bag, out var template)) { failed = true; continue; }
            var name = Path.GetFileNameWithoutExtension(file);
            set._templates[name] = template!;
            set._sources[name] = (path, text);
        }
        return failed ? null : set;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    public void Render(string name, object view, TextWriter output)
    {
        if (!_templates.TryGetValue(name, out var template))
            throw new TemplateException(new Diagnostic(Severity.Error, DiagnosticCode.TemplateMissing.Id,
                FileLocation.StartOf($"templates/{name}.hbs"), $"the template '{name}.hbs' is missing", "every page kind needs its template in templates/"));
        try
        {
            template(output, view, null!);
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            throw new TemplateException(Locate(name, Describe(e)));
        }
    }

    /// <summary>What went wrong, in words that name it in the template.</summary>
    private static string Describe(Exception e)
    {
        // A failure inside a partial comes wrapped ("Runtime error while rendering partial 'card'"): its cause says what failed.
        var cause = e;
        while (cause is HandlebarsException { InnerException: { } inner }) cause = inner;
        if (cause is not HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException) return cause.Message;
        // "x is undefined": quote the name, as the engine's other messages do, so it can be found in the template.
        var undefined = cause.Message.EndsWith(" is undefined", StringComparison.Ordinal) ? cause.Message[..^" is undefined".Length] : cause.Message;
        return $"'{undefined}' is not a field of this page's view";
    }

    /// <summary>A failure while rendering: placed in the template (or the partial) whose text names what failed.</summary>
    private Diagnostic Locate(string name, string message)
    {
        var (path, text) = _sources[name];
        // A name the page template does not mention may stand in one of its partials.
        foreach (var (candidatePath, candidateText) in new[] { (path, text) }.Concat(_sources.Where(s => s.Key.StartsWith("partials/", StringComparison.Ordinal)).Select(s => s.Value)))
        {
            if (!QuotesATag(candidateText, message)) continue;
            var (line, column) = TemplateErrors.Locate(candidateText, message, Compiles);
            return new Diagnostic(Severity.Error, DiagnosticCode.TemplateError.Id, new FileLocation(candidatePath, line, column), Clean(message));
        }
        return new Diagnostic(Severity.Error, DiagnosticCode.TemplateError.Id, FileLocation.StartOf(path), Clean(message));
    }

    private static bool QuotesATag(string text, string message) =>
        QuotedName().Matches(message).Any(m => TemplateErrors.Tags(text).Any(t => t.Body.Contains(m.Groups[1].Value.TrimStart('/', '#', '>'), StringComparison.Ordinal)));

    private bool TryCompile(string path, string text, DiagnosticBag bag, out HandlebarsTemplate<TextWriter, object, object>? template)
    {
        try
        {
            using var reader = new StringReader(text);
            template = _handlebars.Compile(reader);
            return true;
        }
        catch (HandlebarsException e)
        {
            var (line, column) = TemplateErrors.Locate(text, e.Message, Compiles);
            bag.Error(DiagnosticCode.TemplateError, new FileLocation(path, line, column), Clean(e.Message), "check the {{…}} tags on this line");
            template = null;
            return false;
        }
    }

    private bool Compiles(string fragment)
    {
        try { Handlebars.Create().Compile(fragment); return true; }
        catch (HandlebarsException) { return false; }
    }

    /// <summary>Only trusted HTML (a name ending in Html or Json) may be written unescaped; a block parameter may not borrow such a name.</summary>
    private static bool CheckRawOutput(string path, string text, DiagnosticBag bag)
    {
        var ok = true;
        foreach (Match m in BlockParameters().Matches(text))
        {
            foreach (var parameter in m.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsTrustedName))
            {
                var (line, column) = TemplateErrors.Position(text, m.Index);
                bag.Error(DiagnosticCode.TemplateUnsafe, new FileLocation(path, line, column), $"block parameter '{parameter}' takes a name reserved for trusted HTML",
                    "rename it: names ending in Html or Json are kept for rendered Markdown and JSON-LD");
                ok = false;
            }
        }
        foreach (Match m in RawOutput().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (IsTrustedName(name.Split('.', '/').Last())) continue;
            var (line, column) = TemplateErrors.Position(text, m.Index);
            bag.Error(DiagnosticCode.TemplateUnsafe, new FileLocation(path, line, column), $"'{name}' is written without HTML escaping",
                "use {{" + name + "}} (escaped); only values whose names end in Html or Json are trusted HTML");
            ok = false;
        }
        return ok;
    }

    private static bool IsTrustedName(string name) =>
        name.EndsWith("Html", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Json", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string message) => "template error: " + message.Split('\n')[0].TrimEnd('.');

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.hbs").OrderBy(f => f, StringComparer.Ordinal) : [];

    [GeneratedRegex(@"\{\{(\{|&)~?\s*(?<name>[^\s}~]+)")]
    private static partial Regex RawOutput();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"\bas\s*\|(?<names>[^|]*)\|")]
    private static partial Regex BlockParameters();
}
