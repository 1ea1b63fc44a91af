using System.Globalization;
using DivergingReports.Rendering.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// What templates can call: Scriban's built-in functions (string.*, array.*, date.*, math.*,
/// html.*, object.*, regex.*), less what would make a page depend on something other than its
/// content (the time of the build, chance, code held in a string), and the theme's own few
/// functions (<see cref="Plural"/>). Both are made once and shared, read-only, by every context.
/// </summary>
public static class ThemeFunctions
{
    /// <summary>"1 report", "2 reports"; <paramref name="plural"/> for irregular nouns: <c>plural n 'story' 'stories'</c>.</summary>
    public static string Plural(long n, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? Diagnostics.DiagnosticWriter.Plural(singular))}");

    /// <summary>Scriban's built-ins as templates here get them.</summary>
    internal static ScriptObject Builtins { get; } = MakeBuiltins();

    /// <summary>The theme's own functions, imported once.</summary>
    internal static ScriptObject Functions { get; } = MakeFunctions();

    private static ScriptObject MakeFunctions()
    {
        var functions = new ScriptObject();
        functions.Import("plural", new Func<long, string, string?, string>(Plural));
        functions.IsReadOnly = true;
        return functions;
    }

    private static ScriptObject MakeBuiltins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new Include(), readOnly: true);
        Forbid(builtins, "include_join", "include_join writes partials with separators chosen at run time", "call include once per item");
        var date = (ScriptObject)builtins["date"]!;
        Forbid(date, "now", "a page cannot show the time of the build: the same content must give the same pages", "show a date from the content, such as the story's date");
        Forbid(date, "utc_now", "a page cannot show the time of the build: the same content must give the same pages", "show a date from the content, such as the story's date");
        foreach (var name in new[] { "random", "uuid" })
            Forbid((ScriptObject)builtins["math"]!, name, "a page cannot show chance: the same content must give the same pages", "choose from the view's fields");
        var objects = (ScriptObject)builtins["object"]!;
        foreach (var name in new[] { "eval", "eval_template" })
            Forbid(objects, name, $"object.{name} runs text as a template, and the text may come from the content", "write the template out");
        var html = (ScriptObject)builtins["html"]!;
        // Escaped once, however often: the value is marked trusted so the page does not escape it again.
        html.SetValue("escape", DelegateCustomFunction.CreateFunc(new Func<string?, TrustedHtml>(text => new TrustedHtml(HtmlText.Escape(text ?? "")))), readOnly: true);
        foreach (var value in builtins.Values.OfType<ScriptObject>().Append(builtins)) value.IsReadOnly = true;
        return builtins;
    }

    private static void Forbid(ScriptObject on, string name, string why, string hint) => on.SetValue(name, new Forbidden(why, hint), readOnly: true);

    /// <summary>
    /// <c>include 'name'</c>: a partial, run with the arguments named (<c>$name</c> inside it). Its
    /// output is trusted as the page's own is (its values were escaped as it ran).
    /// </summary>
    private sealed class Include : TemplateFunction
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var caller = callerContext ?? context.CurrentNode!;
            if (arguments.Count == 0) throw new ScriptRuntimeException(caller.Span, "include needs the name of a partial: include 'card'");
            var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller)!;
            var template = context.GetOrCreateTemplate(path, caller);
            // Written where it stands ({{ include 'card' … }}, nearly every include), the partial writes
            // into the page as it runs: no copy of its text is made, for each card of each listing.
            if (caller.Parent is ScriptExpressionStatement)
            {
                RunInPlace(context, caller, template, arguments);
                return null;
            }
            return new TrustedHtml(context.RenderTemplate(template, arguments, caller));
        }

        /// <summary>What <see cref="TemplateContext.RenderTemplate"/> does, into the output in use rather than into a string of its own.</summary>
        private static void RunInPlace(TemplateContext context, ScriptNode caller, Template template, ScriptArray arguments)
        {
            context.EnterRecursive(caller);
            // The arguments are worked out in the caller's scope, before the partial's own opens.
            var named = new List<(string Name, object? Value)>();
            if (caller is ScriptFunctionCall call)
                foreach (var argument in call.Arguments)
                    if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                        named.Add((name, value.Evaluate(context)));
            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, true, true);
                foreach (var (name, value) in named)
                    context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, false, true);
                context.Evaluate(template.Page!);
            }
            finally
            {
                context.PopLocal();
                context.ExitRecursive(caller);
            }
        }

        public override int RequiredParameterCount => 1;
        public override int ParameterCount => 1;
        public override ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "template_name") : new(typeof(object), "value");
        public override int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;
    }

    /// <summary>A built-in taken away: calling it is an error that says why.</summary>
    private sealed class Forbidden(string why, string hint) : TemplateFunction
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            throw new ForbiddenException((callerContext ?? context.CurrentNode)?.Span ?? context.CurrentSpan, why, hint);
    }

    /// <summary>A function of the theme's own making: what Scriban asks of every function besides calling it, said once.</summary>
    private abstract class TemplateFunction : IScriptCustomFunction
    {
        public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public virtual int RequiredParameterCount => 0;
        public virtual int ParameterCount => 0;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
        public Type ReturnType => typeof(object);
        public virtual ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
        public virtual int GetParameterIndexByName(string name) => -1;
    }
}
