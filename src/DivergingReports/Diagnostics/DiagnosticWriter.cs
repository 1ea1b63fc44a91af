using System.Globalization;

namespace DivergingReports.Diagnostics;

/// <summary>Prints diagnostics in the canonical form, and as GitHub Actions annotations when running there.</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics, bool githubActions)
    {
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
            if (githubActions)
                output.WriteLine(Annotation(d));
        }
    }

    /// <summary>The <c>::error file=…,line=…,col=…::message</c> workflow command, escaped as GitHub documents.</summary>
    public static string Annotation(Diagnostic d)
    {
        var kind = d.IsError ? "error" : "warning";
        return string.Create(CultureInfo.InvariantCulture,
            $"::{kind} file={Property(Printable.Escape(d.Location.Path))},line={d.Location.Line},col={d.Location.Column},title={Property(d.Code)}::{Data(d.Text)}");
    }

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>"2 errors, 1 warning" — the closing line of a run.</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Count(errors, "error")}, {Count(warnings, "warning")}";
    }

    /// <summary>"1 story", "2 stories": a count with its noun.</summary>
    public static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? noun : Plural(noun))}");

    /// <summary>The regular English plural: "story" → "stories" but "day" → "days", "box" → "boxes", "report" → "reports".</summary>
    public static string Plural(string noun) => noun switch
    {
        [.., var c, 'y'] when !"aeiou".Contains(c) => noun[..^1] + "ies",
        [.., 's' or 'x' or 'z'] or [.., 'c' or 's', 'h'] => noun + "es",
        _ => noun + "s",
    };
}
