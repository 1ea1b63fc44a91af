namespace DivergingReports.Analysis;

/// <summary>
/// What the texts of a story's reports show side by side. Every per-outlet list is in report order.
/// </summary>
/// <param name="Quotes">Quotations × outlets.</param>
/// <param name="Figures">Figures × outlets, those that differ first.</param>
/// <param name="Names">People and bodies × outlets.</param>
/// <param name="Overlaps">Every pair of reports with the text they share.</param>
/// <param name="Reprints">Groups of reports that are one text reprinted.</param>
/// <param name="Lengths">Words and reading time per report.</param>
public sealed record Comparison(
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<NameRow> Names,
    IReadOnlyList<OverlapPair> Overlaps,
    IReadOnlyList<ReprintGroup> Reprints,
    IReadOnlyList<LengthInfo> Lengths)
{
    /// <summary>How many independent reports the story has: each group of reprints counts once.</summary>
    public int IndependentReports => Lengths.Count - Reprints.Sum(g => g.Keys.Count - 1);
}
