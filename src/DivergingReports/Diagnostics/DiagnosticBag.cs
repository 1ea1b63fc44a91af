namespace DivergingReports.Diagnostics;

/// <summary>Collects every problem of a run; loading goes on after a problem so one run reports them all.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void Error(DiagnosticCode code, FileLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code.Id, at, message, hint));

    public void Warning(DiagnosticCode code, FileLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code.Id, at, message, hint));

    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.IsError); }
    }

    /// <summary>Whether a file already has an error: cross-file checks stay quiet about what such a file would have said.</summary>
    public bool HasErrorsIn(string path, params DiagnosticCode[] codes)
    {
        lock (_lock) return _items.Exists(d => d.IsError && d.Location.Path == path && (codes.Length == 0 || codes.Any(c => c.Id == d.Code)));
    }

    /// <summary>Whether a file could not be read at all (missing, refused, not UTF-8, not YAML, not a set of fields).</summary>
    public bool IsUnreadable(string path) => HasErrorsIn(path, DiagnosticCode.MissingFile, DiagnosticCode.Unreadable,
        DiagnosticCode.LinkRefused, DiagnosticCode.NotARegularFile, DiagnosticCode.FileTooLarge,
        DiagnosticCode.YamlSyntax, DiagnosticCode.NotAMapping, DiagnosticCode.DuplicateKey);

    /// <summary>All diagnostics, sorted by file and position.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            var copy = _items.ToList();
            copy.Sort(Diagnostic.Order);
            return copy;
        }
    }
}
