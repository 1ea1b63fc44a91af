using DivergingReports.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// Scriban's errors as divrep's diagnostics: at the template's own file, line and column, with a
/// code that says what kind of mistake it is and a hint for fixing it.
/// </summary>
internal static class TemplateDiagnostics
{
    /// <summary>A parse error of <paramref name="file"/>. An unclosed block is placed where it opens, not at the end of the file where it was noticed.</summary>
    public static Diagnostic Parse(LogMessage message, ThemeFile file)
    {
        var text = Clean(message.Message);
        if (text.Contains("<end> statement was not found", StringComparison.Ordinal)
            && TemplateScan.Blocks(file.Text()).Unclosed is { Count: > 0 } unclosed)
        {
            var (keyword, at) = unclosed[0];
            return Error(DiagnosticCode.TemplateError, new FileLocation(file.Path, at.Line + 1, at.Column + 1),
                $"this '{keyword}' block is never closed", $"end it with {{{{ end }}}}; every if, for, while, case, capture, with and func needs one");
        }
        if (text.Contains("Found <end> statement without", StringComparison.Ordinal))
            return Error(DiagnosticCode.TemplateError, At(file.Path, TemplateScan.Blocks(file.Text()).StrayEnd ?? message.Span.Start), "this 'end' closes no block",
                "remove it, or open the block it was meant to close");
        return Error(DiagnosticCode.TemplateError, At(file.Path, message.Span.Start), text, "check the {{ … }} tags here: Scriban's syntax is in the theme's README");
    }

    /// <summary>A failure while a page was rendered, placed in the template (or partial) whose text failed.</summary>
    public static Diagnostic Render(ScriptRuntimeException e, string fallbackPath)
    {
        var at = e.Span.FileName is { Length: > 0 } path && path != "<input>" ? At(path, e.Span.Start) : FileLocation.StartOf(fallbackPath);
        var message = Clean(e.OriginalMessage);
        return e switch
        {
            UnknownFieldException unknown => Error(DiagnosticCode.TemplateUnknownField, at, message, unknown.Hint),
            MissingPartialException missing => Error(DiagnosticCode.TemplateMissing, at, message, missing.Hint),
            ForbiddenException forbidden => Error(DiagnosticCode.TemplateForbidden, at, message, forbidden.Hint),
            _ when message.StartsWith("Exceeding number of", StringComparison.Ordinal) || message.StartsWith("the page is larger", StringComparison.Ordinal) =>
                Error(DiagnosticCode.TemplateLimit, at, message, "a template must end on its own: look for a loop that does not, or an include of a partial by itself"),
            _ when message.Contains("is null. Cannot access member", StringComparison.Ordinal) || message.Contains("for a null object", StringComparison.Ordinal) =>
                Error(DiagnosticCode.TemplateError, at, message, "this value is empty (null) on some pages: test it first, {{ if value }}…{{ end }}, or write value?.field"),
            _ => Error(DiagnosticCode.TemplateError, at, message, null),
        };
    }

    private static FileLocation At(string path, TextPosition position) => new(path, position.Line + 1, position.Column + 1);

    private static Diagnostic Error(DiagnosticCode code, FileLocation at, string message, string? hint) =>
        new(Severity.Error, code.Id, at, "template error: " + message, hint is null ? null : Clean(hint));

    /// <summary>One line, no control characters: a message may quote the template or a value from the content.</summary>
    private static string Clean(string text)
    {
        var line = text.Split('\n')[0].Trim().TrimEnd('.');
        return new string(line.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }
}
