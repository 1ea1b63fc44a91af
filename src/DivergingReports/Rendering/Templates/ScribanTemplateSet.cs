using DivergingReports.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The theme's templates in Scriban: each page template and partial parsed once, when the theme
/// loads, and rendered on every core, each thread with its own <see cref="ThemeContext"/>.
/// Every template's errors are reported at load: syntax, and includes of partials that do not
/// exist. What only shows when a page is made (a misspelt field, a loop that does not end) is
/// reported then, at the template's own line and column.
/// </summary>
public sealed class ScribanTemplateSet : ITemplateSet
{
    private readonly Dictionary<string, (Template Template, ThemeFile File)> _pages;
    private readonly Dictionary<string, Template> _partials;
    private readonly Dictionary<string, IReadOnlyList<ThemeFile>> _dependencies;
    private readonly ThreadLocal<ThemeContext> _contexts;
    private long _spentTicks;

    private ScribanTemplateSet(Dictionary<string, (Template, ThemeFile)> pages, Dictionary<string, Template> partials,
        Dictionary<string, IReadOnlyList<ThemeFile>> dependencies)
    {
        _pages = pages;
        _partials = partials;
        _dependencies = dependencies;
        _contexts = new(() => new ThemeContext(ThemeFunctions.Builtins, ThemeFunctions.Functions, _partials));
    }

    /// <summary>Parses every template of <paramref name="theme"/>; null when any has an error (all are reported).</summary>
    public static ScribanTemplateSet? Load(Theme theme, DiagnosticBag bag)
    {
        var parsed = new Dictionary<ThemeFile, Template>();
        foreach (var file in theme.Templates)
        {
            var template = Template.Parse(file.Text(), file.Path, new ParserOptions(), new LexerOptions { Mode = ScriptMode.Default });
            if (template.HasErrors)
            {
                // One mistake can make the parser say several things at one place: each place once.
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                    bag.Add(TemplateDiagnostics.Parse(message, file));
                continue;
            }
            TemplateWhitespace.Compact(template, file.Text());
            TemplateSearchMarks.Mark(template);
            parsed[file] = template;
        }
        // A partial that failed to parse still exists: its includes are not reported missing as well.
        var partialFiles = theme.Templates.Where(f => f.IsPartial).ToDictionary(f => f.TemplateName, StringComparer.Ordinal);
        var includes = parsed.ToDictionary(p => p.Key, p => TemplateScan.Includes(p.Value));
        var failed = theme.Templates.Count() != parsed.Count;
        foreach (var (file, (named, _)) in includes)
        {
            foreach (var include in named.Where(i => !partialFiles.ContainsKey(i.Partial)))
            {
                var missing = new MissingPartialException(include.At, include.Partial, partialFiles.Keys);
                bag.Add(TemplateDiagnostics.Render(missing, file.Path));
                failed = true;
            }
        }
        if (failed) return null;

        var pages = parsed.Where(p => !p.Key.IsPartial).ToDictionary(p => p.Key.TemplateName, p => (p.Value, p.Key), StringComparer.Ordinal);
        var partials = parsed.Where(p => p.Key.IsPartial).ToDictionary(p => p.Key.TemplateName, p => p.Value, StringComparer.Ordinal);
        var dependencies = pages.ToDictionary(p => p.Key, p => Dependencies(p.Value.Item2, pages, partialFiles, includes), StringComparer.Ordinal);
        return new ScribanTemplateSet(pages, partials, dependencies);
    }

    /// <summary>The layout, the page's template and every partial either includes, directly or through another; all partials when a name is computed.</summary>
    private static IReadOnlyList<ThemeFile> Dependencies(ThemeFile page, Dictionary<string, (Template, ThemeFile File)> pages,
        Dictionary<string, ThemeFile> partials, Dictionary<ThemeFile, (IReadOnlyList<TemplateScan.Include> Named, bool Computed)> includes)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal) { [page.Name] = page };
        if (pages.TryGetValue("base", out var layout)) files[layout.File.Name] = layout.File;
        var pending = new Stack<ThemeFile>(files.Values);
        while (pending.Count > 0)
        {
            var (named, computed) = includes[pending.Pop()];
            var reached = computed ? partials.Values : named.Select(i => partials[i.Partial]);
            foreach (var partial in reached)
                if (files.TryAdd(partial.Name, partial)) pending.Push(partial);
        }
        return files.Values.ToArray();
    }

    public IReadOnlyList<ThemeFile> FilesOf(string name) => _dependencies.TryGetValue(name, out var files) ? files : [];

    public TimeSpan Spent => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _spentTicks));

    public void Render(string name, object view, TextWriter output, object? site = null)
    {
        if (!_pages.TryGetValue(name, out var page))
            throw new TemplateException(new Diagnostic(Severity.Error, DiagnosticCode.TemplateMissing.Id, FileLocation.StartOf($"templates/{name}{Theme.TemplateExtension}"),
                $"the theme has no template '{name}{Theme.TemplateExtension}'", "every page kind needs its template"));
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            _contexts.Value!.Render(page.Template, view, output, site);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(TemplateDiagnostics.Render(e, page.File.Path));
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            // A built-in function given what it cannot take: said at the template, not as a crash.
            throw new TemplateException(new Diagnostic(Severity.Error, DiagnosticCode.TemplateError.Id, FileLocation.StartOf(page.File.Path),
                "template error: " + e.Message.Split('\n')[0], "check the arguments of the functions this template calls"));
        }
        finally
        {
            Interlocked.Add(ref _spentTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        }
    }
}
