using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>What can be told of a template from its text alone: the partials it includes, and the blocks it leaves open.</summary>
internal static class TemplateScan
{
    /// <summary>An <c>include</c> whose partial is named in the template, where it stands.</summary>
    public readonly record struct Include(string Partial, SourceSpan At);

    /// <summary>
    /// The includes of a parsed template with the partial named as written, and whether it has
    /// others (a name computed as it runs, or <c>include</c> passed around), which may be any partial.
    /// </summary>
    public static (IReadOnlyList<Include> Named, bool Computed) Includes(Template template)
    {
        var named = new List<Include>();
        var computed = false;
        Walk(template.Page);
        return (named, computed);

        void Walk(ScriptNode? node)
        {
            if (node is null) return;
            if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" } } call)
            {
                if (call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name })
                    named.Add(new Include(name, call.Arguments[0].Span));
                else computed = true;
                for (var i = 0; i < call.Arguments.Count; i++) Walk(call.Arguments[i]);
                return;
            }
            if (node is ScriptVariable { Name: "include" }) computed = true;
            for (var i = 0; i < node.ChildrenCount; i++) Walk(node.GetChildren(i));
        }
    }

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "case", "capture", "with", "wrap", "func", "tablerow" };

    /// <summary>
    /// The blocks opened and never closed by <c>end</c>, innermost first (the keyword and where it
    /// stands, 0-based), and the first <c>end</c> that closes no block.
    /// </summary>
    public static (IReadOnlyList<(string Keyword, TextPosition At)> Unclosed, TextPosition? StrayEnd) Blocks(string text)
    {
        var open = new Stack<(string, TextPosition)>();
        TextPosition? stray = null;
        var statementStart = false;
        foreach (var token in new Lexer(text))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon:
                    statementStart = true;
                    continue;
                case TokenType.CodeExit or TokenType.Raw or TokenType.Escape or TokenType.EscapeEnter or TokenType.EscapeExit:
                    statementStart = false;
                    continue;
                case TokenType.Whitespace or TokenType.WhitespaceFull or TokenType.Comment or TokenType.CommentMulti:
                    continue;
            }
            if (statementStart && token.Type == TokenType.Identifier)
            {
                var word = token.GetText(text);
                if (Openers.Contains(word)) open.Push((word, token.Start));
                else if (word == "end" && !open.TryPop(out _)) stray ??= token.Start;
            }
            statementStart = false;
        }
        return (open.ToArray(), stray);
    }
}
