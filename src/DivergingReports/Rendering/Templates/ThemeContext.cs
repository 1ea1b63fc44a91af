using System.Collections.Concurrent;
using System.Reflection;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// Where the theme's templates run: one per rendering thread, reset between pages. It escapes
/// every value a template writes unless the value is <see cref="TrustedHtml"/>; it holds templates
/// to their view (a misspelt name is an error that suggests the field meant, a null is not silently
/// empty) and to limits (loops, recursion, output), so a template cannot hang or flood a build.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    /// <summary>Iterations one page's template may run, all loops together: far above any real page, far below a hang.</summary>
    public const int MaxIterations = 1_000_000;

    /// <summary>Includes and function calls nested deeper than this stop the page.</summary>
    public const int MaxDepth = 64;

    /// <summary>Beyond this many characters of output (a page's, with whatever a template captures), Scriban cuts a page short; the page fails at half of it instead.</summary>
    public const int MaxOutput = 64 * 1024 * 1024;

    // Each view type is read through one accessor of compiled getters, made once for the whole
    // process: a context forgets its accessors when it is reset after each page.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> ViewAccessors = new();

    // Other .NET objects a template meets (strings, lists) are read by Scriban's own accessors, properties only.
    private static readonly MemberFilterDelegate PropertiesOnly = member => member is PropertyInfo { CanRead: true } property && property.GetMethod!.IsPublic && !property.GetMethod.IsStatic;

    private readonly IReadOnlyDictionary<string, Template> _partials;
    private readonly ScriptObject _functions;

    /// <summary>The page's top-level names: its view's fields, site, and what the template assigns; emptied between pages.</summary>
    private readonly ViewGlobals _view = new();

    public ThemeContext(ScriptObject builtins, ScriptObject functions, IReadOnlyDictionary<string, Template> partials) : base(builtins)
    {
        _partials = partials;
        _functions = functions;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedFunctionAccess = false;
        // A partial's output goes where it is called, as written: no re-indenting line by line.
        AutoIndent = false;
        LoopLimit = MaxIterations;
        RecursiveLimit = MaxDepth;
        LimitToString = MaxOutput;
        ObjectRecursionLimit = 16;
        RegexTimeOut = TimeSpan.FromSeconds(1);
        MemberFilter = PropertiesOnly;
        MemberRenamer = StandardMemberRenamer.Default;
        TemplateLoader = new PartialLoader(partials.Keys);
        TryGetMember = UnknownMember;
        TryGetVariable = UnknownVariable;
        Prepare();
    }

    /// <summary>False while a page of a site without search is rendered: its templates' search attributes are left out (<see cref="TemplateSearchMarks"/>).</summary>
    public bool Search { get; private set; } = true;

    /// <summary>Renders <paramref name="template"/> with <paramref name="view"/> (and <paramref name="site"/> as <c>site</c>) into <paramref name="output"/>.</summary>
    public void Render(Template template, object view, TextWriter output, object? site = null)
    {
        // A render that does not say which site it is for keeps them.
        var of = site as SiteView ?? (view as LayoutView)?.Site;
        Search = of is null || of.SearchUrl is not null;
        _view.Show(view, GetMemberAccessor(view), site);
        PushGlobal(_view);
        var page = new PageOutput(output);
        PushOutput(page);
        try
        {
            template.Render(this);
        }
        finally
        {
            // Ready for the next page: outputs, globals and the output count as they were.
            _view.Clear();
            Reset();
            Prepare();
        }
        if (page.Length >= MaxOutput / 2)
            throw new ScriptRuntimeException(template.Page?.Span ?? default, $"the page is larger than {MaxOutput / 2 / (1024 * 1024)} million characters");
    }

    private void Prepare()
    {
        PushGlobal(_functions);
        foreach (var (name, partial) in _partials) CachedTemplates[name] = partial;
    }

    /// <summary>Every value a template writes: trusted HTML as it is, anything else escaped.</summary>
    public override TemplateContext Write(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Html);
                return this;
            case string text:
                Write(HtmlText.Escape(text));
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(value) ?? ""));
                return this;
        }
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (type.IsArray || type.Namespace != typeof(TrustedHtml).Namespace) return base.GetMemberAccessorImpl(target);
        return ViewAccessors.GetOrAdd(type, t => new ViewAccessor(t, StandardMemberRenamer.Default));
    }

    private bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        if (variable.Name.StartsWith('$') && variable.Name.Length > 1)
            throw new UnknownFieldException(span, $"'{variable.Name}' was not given to this partial",
                $"pass it where the partial is included: include '…' {variable.Name[1..]}: value");
        var names = _view.GetMembers().Concat(_functions.Keys).Concat(BuiltinObject.Keys).Distinct(StringComparer.Ordinal).ToArray();
        throw new UnknownFieldException(span, $"'{variable.Name}' is not a field of this page's view, nor a variable or function",
            Nearest(variable.Name, names) ?? "see the theme's README for each page's fields");
    }

    private bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var names = GetMemberAccessor(target).GetMembers(this, span, target).ToArray();
        var what = target is ScriptObject ? "this object" : $"this {Describe(target.GetType())}";
        throw new UnknownFieldException(span, $"'{member}' is not a field of {what}",
            Nearest(member, names) ?? (names.Length > 0 ? Suggestions.Known(names, "fields") : null));
    }

    /// <summary>"did you mean 'title'?": the names nearest to the one typed, those as near as the nearest only.</summary>
    private static string? Nearest(string typed, IReadOnlyCollection<string> names)
    {
        var close = Suggestions.Closest(typed, names);
        if (close.Count == 0) return null;
        var best = Suggestions.Distance(typed.ToLowerInvariant(), close[0].ToLowerInvariant());
        return "did you mean " + string.Join(" or ", close.Where(c => Suggestions.Distance(typed.ToLowerInvariant(), c.ToLowerInvariant()) == best).Select(c => $"'{c}'")) + "?";
    }

    /// <summary>"StoryCardView" → "story card", as theme authors know the shapes.</summary>
    private static string Describe(Type type)
    {
        var name = type.Name.EndsWith("View", StringComparison.Ordinal) ? type.Name[..^4] : type.Name;
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    /// <summary>A template's output, passed on to the page as it comes.</summary>
    private sealed class PageOutput(TextWriter writer) : IScriptOutput
    {
        public long Length { get; private set; }

        public void Write(string text, int offset, int count)
        {
            writer.Write(text.AsSpan(offset, count));
            Length += count;
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        // Scriban returns the output as a string when a render ends; the page already has it.
        public override string ToString() => "";
    }
}

/// <summary>A template names something its view does not have.</summary>
internal sealed class UnknownFieldException(SourceSpan span, string message, string? hint) : ScriptRuntimeException(span, message)
{
    public string? Hint { get; } = hint;
}

/// <summary>A template asks for something a page may not depend on (the time of the build, chance, code in a string).</summary>
internal sealed class ForbiddenException(SourceSpan span, string message, string hint) : ScriptRuntimeException(span, message)
{
    public string Hint { get; } = hint;
}
