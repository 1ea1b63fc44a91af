namespace DivergingReports.Rendering.Views;

/// <summary>What the texts show (computed from the articles, not written by the editor): tables with one column per report.</summary>
public sealed record ComparisonView
{
    /// <summary>The column headers: each report's outlet, in report order, linking to its section.</summary>
    public required IReadOnlyList<LinkView> Reports { get; init; }
    public required IReadOnlyList<ComparisonRowView> Quotes { get; init; }
    public required IReadOnlyList<ComparisonRowView> Figures { get; init; }
    public required IReadOnlyList<ComparisonRowView> Names { get; init; }
    /// <summary>How much text each pair of reports shares.</summary>
    public required IReadOnlyList<OverlapView> Overlaps { get; init; }
    public required IReadOnlyList<LengthView> Lengths { get; init; }
    /// <summary>For a story of more reports than a table shows side by side: the summary shown instead of the tables and the pairs (which are then empty); null otherwise.</summary>
    public ComparisonSummaryView? Summary { get; init; }
    /// <summary>True when there is at least one quote, figure or name to show.</summary>
    public bool HasTables => Quotes.Count + Figures.Count + Names.Count > 0;
}

/// <summary>One quote, figure or name; <see cref="Highlight"/> marks a quote shared, a figure that differs, or a name only some reports carry.</summary>
public sealed record ComparisonRowView(string Label, string? Note, bool Highlight, IReadOnlyList<ComparisonCellView> Cells);

/// <summary>What one report has for a row; null text when it has nothing.</summary>
public sealed record ComparisonCellView(string Outlet, string? Text);

public sealed record OverlapView(string A, string B, string Percent, bool Reprint);

public sealed record LengthView(string Outlet, int Words, int ReadingMinutes);
