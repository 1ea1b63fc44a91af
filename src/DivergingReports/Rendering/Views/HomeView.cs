namespace DivergingReports.Rendering.Views;

/// <summary>templates/home.hbs: the latest stories, one page of them.</summary>
public sealed record HomeView(string Description, IReadOnlyList<StoryCardView> Stories, PaginationView Pagination);
