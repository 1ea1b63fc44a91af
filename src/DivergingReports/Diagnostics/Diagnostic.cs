using System.Globalization;

namespace DivergingReports.Diagnostics;

/// <summary>One problem an editor can act on: where, what, and (when it helps) how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, FileLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The canonical compiler form that IDEs and CI annotate: <c>path(line,col): error DR0102: message (hint)</c>.
    /// One line, whatever the content quoted in it holds (<see cref="Printable"/>).
    /// </summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        return string.Create(CultureInfo.InvariantCulture, $"{Printable.Escape(Location.ToString())}: {severity} {Code}: {Text}");
    }

    /// <summary>The message and its hint, printable.</summary>
    public string Text => Printable.Escape(Hint is null ? Message : $"{Message} ({Hint})");

    /// <summary>Orders diagnostics by file, line, column, then code (and text), so every run prints them the same way, however the files were read side by side.</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        if (c == 0) c = a.Location.Line.CompareTo(b.Location.Line);
        if (c == 0) c = a.Location.Column.CompareTo(b.Location.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        if (c == 0) c = string.CompareOrdinal(a.Hint, b.Hint);
        return c;
    });
}
