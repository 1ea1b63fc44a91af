namespace DivergingReports.Rendering.Views;

/// <summary>
/// What the texts of a story of many reports show, in a size that follows the reports rather than
/// their pairs: the most significant quotes, figures and names, each listing only the reports that
/// have it, and for each report the one it shares most wording with.
/// </summary>
public sealed record ComparisonSummaryView
{
    public required int ReportCount { get; init; }
    public required SummaryListView Quotes { get; init; }
    public required SummaryListView Figures { get; init; }
    public required SummaryListView Names { get; init; }
    /// <summary>Each report, in report order, with the report it shares most wording with.</summary>
    public required IReadOnlyList<ClosestView> Closest { get; init; }
}

/// <summary>The rows shown, and how many more the story has (they are in its data file).</summary>
public sealed record SummaryListView(IReadOnlyList<SummaryRowView> Rows, int More);

/// <summary>One quote, figure or name: <see cref="Reach"/> says how many reports have it; <see cref="Cells"/> lists them (up to a limit, <see cref="More"/> the rest).</summary>
public sealed record SummaryRowView(string Label, string? Note, bool Highlight, string Reach, IReadOnlyList<SummaryCellView> Cells, int More);

/// <summary>A report that has something in a row, linking to its section; the text, when there is more to say than that it has it.</summary>
public sealed record SummaryCellView(LinkView Outlet, string? Text);

/// <summary>A report and the one it shares most wording with (null when none).</summary>
public sealed record ClosestView(LinkView Outlet, LinkView? Other, string Percent, bool Reprint);
