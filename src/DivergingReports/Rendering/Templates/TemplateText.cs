using Scriban;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>The pieces of a template's own text (never what its code writes), for the passes that rewrite them as it is parsed.</summary>
internal static class TemplateText
{
    /// <summary>Gives each piece of <paramref name="template"/>'s own text to <paramref name="rewrite"/>, which returns it (changed or not) or a statement to stand in its place.</summary>
    public static void Rewrite(Template template, Func<ScriptRawStatement, ScriptStatement> rewrite) => Walk(template.Page, rewrite);

    private static void Walk(ScriptNode? node, Func<ScriptRawStatement, ScriptStatement> rewrite)
    {
        if (node is null) return;
        if (node is ScriptBlockStatement block)
        {
            for (var i = 0; i < block.Statements.Count; i++)
                if (block.Statements[i] is ScriptRawStatement { IsEscape: false } raw) block.Statements[i] = rewrite(raw);
        }
        for (var i = 0; i < node.ChildrenCount; i++) Walk(node.GetChildren(i), rewrite);
    }
}
