using AngleSharp.Dom;

namespace DivergingReports.Tests.Support;

/// <summary>
/// What a story page shows of one kind of "What the texts show" (quotations, figures or names), read
/// as a reader meets it: the table of the rows the reports part ways on, then, behind the kind's
/// disclosure, the lists of the rest, each under who has its rows (one outlet, or all the reports).
/// </summary>
internal static class ComparisonOnPage
{
    /// <summary>The kind under its heading ("Quotations").</summary>
    public static IElement Kind(IDocument page, string heading) =>
        page.QuerySelectorAll("section.comparison-kind").Single(s => s.QuerySelector("h3")!.TextContent.Trim() == heading);

    /// <summary>A table row's label: its header's first text, before any note.</summary>
    public static string Label(IElement row) => row.QuerySelector("th")!.ChildNodes[0].TextContent.Trim();

    /// <summary>The rows of the kind's table, shown first.</summary>
    public static IElement[] TableRows(IElement kind) => kind.QuerySelectorAll("tbody tr").ToArray();

    /// <summary>The disclosure's summary; null when the kind has none.</summary>
    public static string? Summary(IElement kind) => kind.QuerySelector("details.comparison-more > summary")?.TextContent.Trim();

    /// <summary>Every row listed behind the kind's disclosure, in page order.</summary>
    public static ListedRow[] Listed(IElement kind)
    {
        var rows = new List<ListedRow>();
        var more = kind.QuerySelector("details.comparison-more");
        if (more is null) return [];
        foreach (var list in more.QuerySelectorAll("ul"))
        {
            var heading = list.PreviousElementSibling!;
            Assert.Equal("H4", heading.TagName);
            var who = heading.QuerySelector("a")?.TextContent ?? heading.TextContent.Trim();
            foreach (var item in list.Children)
                rows.Add(new ListedRow(item.ChildNodes[0].TextContent.Trim(), who, heading.TextContent.Trim(),
                    item.QuerySelector(".comparison-table__note")?.TextContent, item.Children.FirstOrDefault(c => c.LocalName == "span" && !c.ClassList.Contains("comparison-table__note"))?.TextContent, item));
        }
        return rows.ToArray();
    }
}

/// <summary>
/// A row listed behind a disclosure: its <paramref name="Label"/>, <paramref name="Who"/> has it (an outlet's
/// name, or "All 6 reports"), the <paramref name="Heading"/> it is listed under as shown, its note, and
/// what the reports have when the list says more than that they have it.
/// </summary>
internal sealed record ListedRow(string Label, string Who, string Heading, string? Note, string? Detail, IElement Item);
