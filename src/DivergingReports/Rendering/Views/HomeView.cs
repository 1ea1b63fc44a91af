namespace DivergingReports.Rendering.Views;

/// <summary>home.sbn: the latest stories, one page of them.</summary>
public sealed record HomeView(string Description, IReadOnlyList<StoryCardView> Stories, PaginationView Pagination);
