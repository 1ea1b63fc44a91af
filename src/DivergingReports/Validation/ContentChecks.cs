using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation.Checks;

namespace DivergingReports.Validation;

/// <summary>The cross-file rules, in the order they run; each lives in its own file under Checks/.</summary>
public static class ContentChecks
{
    public static IReadOnlyList<IContentCheck> All { get; } =
    [
        new DomainClaims(),
        new LeansInSpectrum(),
        new ReportedArticles(),
        new DivergenceOutlets(),
        new UniqueSlugs(),
        new ReservedPageNames(),
        new UnusedArticles(),
    ];

    public static void Run(Publication publication, DiagnosticBag bag)
    {
        foreach (var check in All) check.Run(publication, bag);
    }
}
