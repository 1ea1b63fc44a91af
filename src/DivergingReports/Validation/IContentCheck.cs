using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation;

/// <summary>One rule that looks across files once everything is loaded (references, duplicates, claims).</summary>
public interface IContentCheck
{
    void Run(Publication publication, DiagnosticBag bag);
}
