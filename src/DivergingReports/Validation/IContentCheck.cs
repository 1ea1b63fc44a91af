using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation;

/// <summary>One rule that looks across files once everything is loaded (references, duplicates, claims).</summary>
public interface IContentCheck
{
    void Run(Publication publication, DiagnosticBag bag);
}

/// <summary>
/// A rule that judges each story on its own, with the articles and sources it names: its findings
/// for one story depend on nothing else, so after an edit it can be run on the edited stories alone.
/// </summary>
public interface IStoryCheck : IContentCheck;
