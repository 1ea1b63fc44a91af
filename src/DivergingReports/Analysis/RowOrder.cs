namespace DivergingReports.Analysis;

/// <summary>The order of a comparison's quotation and name rows: what several reports share first, then as a reader meets them (report by report, then through the text).</summary>
internal static class RowOrder
{
    public static T[] Shared<T>(IEnumerable<(T Row, bool Shared, int FirstReport, int FirstStart)> rows) =>
        rows.OrderByDescending(r => r.Shared)
            .ThenBy(r => r.FirstReport)
            .ThenBy(r => r.FirstStart)
            .Select(r => r.Row)
            .ToArray();
}
