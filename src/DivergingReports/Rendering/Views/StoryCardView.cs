namespace DivergingReports.Rendering.Views;

/// <summary>A story in a listing: headline, date, and the outlets and countries that covered it.</summary>
public sealed record StoryCardView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required DateView Date { get; init; }
    public required IReadOnlyList<string> Outlets { get; init; }
    public required IReadOnlyList<LinkView> Countries { get; init; }
    public required int ReportCount { get; init; }
    /// <summary>Marked draft: true (shown only by a build or preview with --drafts).</summary>
    public bool Draft { get; init; }
    /// <summary>The editor's summary as plain text, shortened: for listings and feeds.</summary>
    public required string Excerpt { get; init; }
}

/// <summary>A date as readers see it ("3 July 2025") and as machines read it (ISO 8601).</summary>
public sealed record DateView(string Text, string Iso);

/// <summary>Previous and next pages of a paginated listing.</summary>
public sealed record PaginationView(int Page, int PageCount, string? PreviousUrl, string? NextUrl);
