namespace DivergingReports.Analysis;

/// <summary>
/// The automatic comparison of a story's reports: quotes, figures, names, overlap and length.
/// Deterministic (ordinal comparisons, invariant culture, stable hashes), offline, and linear in
/// the story's text. A story of a few reports gets every pair's shared wording; one of more than
/// <see cref="SideBySideReports"/> gets, per report, the report it shares most with, which costs
/// what the shared wording holds rather than a step for every pair.
/// </summary>
public static class StoryComparison
{
    /// <summary>
    /// The most reports compared side by side, a column each and a line for every pair: about what a
    /// table can show on a phone. A story of more is summarised.
    /// </summary>
    public const int SideBySideReports = 12;

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
        var read = ReportText.ReadAll(texts, reports.Select(r => (string?)r.Language).ToArray());

        var quotes = QuoteMatcher.Match(texts.Select(QuoteFinder.Find).ToArray());
        var figures = FigureTable.Build(read.Select(FigureFinder.Find).ToArray());
        var names = NameVariants.Merge(NameFinder.Find(read, ownNames), texts.Length);
        IReadOnlyList<OverlapPair> overlaps = [];
        IReadOnlyList<ReprintGroup> reprints;
        IReadOnlyList<ClosestReport> closest;
        if (reports.Count <= SideBySideReports)
        {
            (overlaps, reprints) = Overlap.Compare(reports, read);
            closest = Closest(reports, overlaps);
        }
        else (closest, reprints) = OverlapSummary.Compare(reports, read);
        var lengths = reports.Select(r => ReportLength.Measure(r.Key, r.Text ?? "")).ToArray();
        return new Comparison(quotes, figures, names, overlaps, reprints, lengths, closest);
    }

    /// <summary>Each report's closest other from every pair (the earlier in report order on a tie).</summary>
    private static ClosestReport[] Closest(IReadOnlyList<ComparedText> reports, IReadOnlyList<OverlapPair> pairs)
    {
        var closest = reports.Select(r => new ClosestReport(r.Key, null, 0)).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++) index.TryAdd(reports[i].Key, i);
        // Pairs come in report order, so a later pair replaces a closest one only when it shares more.
        foreach (var pair in pairs)
        {
            if (pair.Shared <= 0) continue;
            var (a, b) = (index[pair.A], index[pair.B]);
            if (pair.Shared > closest[a].Shared) closest[a] = new ClosestReport(pair.A, pair.B, pair.Shared);
            if (pair.Shared > closest[b].Shared) closest[b] = new ClosestReport(pair.B, pair.A, pair.Shared);
        }
        return closest;
    }
}
