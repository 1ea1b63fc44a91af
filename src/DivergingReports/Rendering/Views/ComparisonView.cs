namespace DivergingReports.Rendering.Views;

/// <summary>What the texts show (computed from the articles, not written by the editor): tables with one column per report.</summary>
public sealed record ComparisonView
{
    /// <summary>The column headers: each report's outlet, in report order, linking to its section, and the outlet's country.</summary>
    public required IReadOnlyList<ComparisonColumnView> Reports { get; init; }
    public required ComparisonTableView Quotes { get; init; }
    public required ComparisonTableView Figures { get; init; }
    public required ComparisonTableView Names { get; init; }
    /// <summary>The pairs of reports that share some wording, with how much.</summary>
    public required IReadOnlyList<OverlapView> Overlaps { get; init; }
    /// <summary>How many pairs of reports share no wording at all (said once, not pair by pair).</summary>
    public required int UnsharedPairs { get; init; }
    public required IReadOnlyList<LengthView> Lengths { get; init; }
    /// <summary>For a story of more reports than a table shows side by side: the summary shown instead of the tables and the pairs (which are then empty); null otherwise.</summary>
    public ComparisonSummaryView? Summary { get; init; }
    /// <summary>What the section holds, for the disclosure it folds behind on phones: "15 quotations, 11 figures and 23 names: the reports part ways on 13".</summary>
    public required string Contents { get; init; }
    /// <summary>True when there is at least one quote, figure or name to show.</summary>
    public bool HasTables => Quotes.Count + Figures.Count + Names.Count > 0;
}

/// <summary>A column of the tables: a report's outlet, linking to the report, and the outlet's country (null when not known).</summary>
public sealed record ComparisonColumnView(LinkView Outlet, string? Country);

/// <summary>
/// One table of what the texts show, in two parts: <see cref="Differing"/>, the rows the reports part
/// ways on (they disagree, or some are silent on what two or more report), shown first; and
/// <see cref="Rest"/>, the rows one report alone has or every report has alike, behind a disclosure
/// that <see cref="RestSummary"/> names ("12 more figures, given by one report or the same in all").
/// </summary>
public sealed record ComparisonTableView(IReadOnlyList<ComparisonRowView> Differing, IReadOnlyList<ComparisonRowView> Rest, string RestSummary)
{
    public static readonly ComparisonTableView Empty = new([], [], "");

    /// <summary>
    /// <see cref="Rest"/> as short lists, which is how the page shows it: a table of these rows would be
    /// mostly empty cells (one report has each, or all have it alike), and the lists read better on a phone.
    /// </summary>
    public IReadOnlyList<ComparisonRestGroupView> RestGroups { get; init; } = [];

    /// <summary>All its rows.</summary>
    public int Count => Differing.Count + Rest.Count;
}

/// <summary>
/// One quote, figure or name. <see cref="Highlight"/> marks the reports disagreeing on it (different
/// wording, amounts or hedges); <see cref="Silent"/> names the outlets that have nothing for it, and
/// <see cref="SilentLine"/> says so in a line for phones, made once here ("Not named by: A, B",
/// "Not named by the other 5 reports"; null when every report has something).
/// </summary>
public sealed record ComparisonRowView(string Label, string? Note, bool Highlight, IReadOnlyList<ComparisonCellView> Cells, IReadOnlyList<string> Silent, string? SilentLine);

/// <summary>What one report has for a row; null text when it has nothing. <see cref="Country"/> is its outlet's, null when not known.</summary>
public sealed record ComparisonCellView(string Outlet, string? Country, string? Text)
{
    /// <summary>How a phone's card names the cell: "Kyiv Independent · Ukraine", the outlet alone when its country is not known (made once here: a page has hundreds of cells).</summary>
    public string Label { get; } = Country is null ? Outlet : Outlet + " · " + Country;
}

/// <summary>
/// The rows behind a table's disclosure that one report alone has (<see cref="Url"/> links to it), or
/// that every report has alike (<see cref="Url"/> null; <see cref="Who"/> "All 4 reports", "Both reports").
/// </summary>
public sealed record ComparisonRestGroupView(string Who, string? Url, string? Country, IReadOnlyList<ComparisonRestItemView> Items);

/// <summary>
/// One of those rows: what it is about, its <see cref="Note"/> as a row's, and <see cref="Detail"/>, what the
/// reports have when it says more than that they have it ("nearly 1 million Russian troops", "Named 3 times";
/// for rows every report has, each report's when they differ: "Kyiv Ledger: Named once; Capital Wire: Named 3 times").
/// </summary>
public sealed record ComparisonRestItemView(string Label, string? Note, string? Detail);

/// <summary>Two reports that share wording: <see cref="Percent"/> of the shorter one's ("12%", "under 1%").</summary>
public sealed record OverlapView(string A, string B, string Percent, bool Reprint);

public sealed record LengthView(string Outlet, int Words, int ReadingMinutes);
