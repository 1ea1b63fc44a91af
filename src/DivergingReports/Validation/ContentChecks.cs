using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation.Checks;

namespace DivergingReports.Validation;

/// <summary>The cross-file rules; each lives in its own file under Checks/.</summary>
public static class ContentChecks
{
    public static IReadOnlyList<IContentCheck> All { get; } =
    [
        new DomainClaims(),
        new LeansInSpectrum(),
        new ReportedArticles(),
        new ReportsWithinLimit(),
        new DivergenceOutlets(),
        new UniqueSlugs(),
        new ReservedPageNames(),
        new UnusedArticles(),
    ];

    /// <summary>Runs every rule. Each reads the publication and the files' own problems only, never another rule's findings, so they run side by side; the bag sorts what they report.</summary>
    public static void Run(Publication publication, DiagnosticBag bag)
    {
        _ = publication.ArticlesById; // made once, before the rules that share it start
        _ = publication.SourcesById;
        Parallel.ForEach(All, check => check.Run(publication, bag));
    }

    /// <summary>Runs the rules that judge each story on its own on <paramref name="stories"/> only (stories of <paramref name="publication"/>).</summary>
    public static void RunOnStories(Publication publication, IReadOnlyList<Story> stories, DiagnosticBag bag)
    {
        var some = publication with { Stories = stories };
        foreach (var check in All.OfType<IStoryCheck>()) check.Run(some, bag);
    }
}
