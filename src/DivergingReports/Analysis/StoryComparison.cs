namespace DivergingReports.Analysis;

/// <summary>
/// The automatic comparison of a story's reports: quotes, figures, names, overlap and length.
/// Deterministic (ordinal comparisons, invariant culture, stable hashes), offline, and linear in
/// the story's text apart from pairwise steps over its few reports.
/// </summary>
public static class StoryComparison
{
    /// <param name="reports">(outlet key, outlet display name, plain text of the article) in display order.</param>
    /// <param name="outletNames">The outlets' own names, which are not names in the text ("The Washington Post").</param>
    public static Comparison Compare(IReadOnlyList<ComparedText> reports, IReadOnlyCollection<string> outletNames)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(outletNames);
        var texts = reports.Select(r => r.Text ?? "").ToArray();
        // The outlets' own names and the reports' outlets are not names in the text.
        var ownNames = OutletNames.ForStory(outletNames, reports.Select(r => r.Outlet).ToArray());

        // Each text is tokenized and its words folded once, for the figures, names and overlap.
        var read = ReportText.ReadAll(texts);

        var quotes = QuoteMatcher.Match(texts.Select(QuoteFinder.Find).ToArray());
        var figures = FigureTable.Build(read.Select(FigureFinder.Find).ToArray());
        var names = NameVariants.Merge(NameFinder.Find(read, ownNames), texts.Length);
        var (overlaps, reprints) = Overlap.Compare(reports, read);
        var lengths = reports.Select(r => ReportLength.Measure(r.Key, r.Text ?? "")).ToArray();
        return new Comparison(quotes, figures, names, overlaps, reprints, lengths);
    }
}
