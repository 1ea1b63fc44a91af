namespace DivergingReports.Analysis;

/// <summary>
/// What the texts of a story's reports show side by side. Every per-outlet list is in report order.
/// </summary>
/// <param name="Quotes">Quotations × outlets.</param>
/// <param name="Figures">Figures × outlets, those that differ first.</param>
/// <param name="Names">People and bodies × outlets.</param>
/// <param name="Overlaps">Every pair of reports with the text they share; none for a story of more than <see cref="StoryComparison.SideBySideReports"/> reports (see <paramref name="Closest"/>).</param>
/// <param name="Reprints">Groups of reports that are one text reprinted.</param>
/// <param name="Lengths">Words and reading time per report.</param>
/// <param name="Closest">Per report, in report order: the other report it shares most wording with.</param>
public sealed record Comparison(
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<NameRow> Names,
    IReadOnlyList<OverlapPair> Overlaps,
    IReadOnlyList<ReprintGroup> Reprints,
    IReadOnlyList<LengthInfo> Lengths,
    IReadOnlyList<ClosestReport> Closest)
{
    /// <summary>Whether the story has more reports than a side-by-side table shows (<see cref="StoryComparison.SideBySideReports"/>): it is summarised instead.</summary>
    public bool Summarised => Lengths.Count > StoryComparison.SideBySideReports;

    /// <summary>How many independent reports the story has: each group of reprints counts once.</summary>
    public int IndependentReports => Lengths.Count - Reprints.Sum(g => g.Keys.Count - 1);
}
