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
