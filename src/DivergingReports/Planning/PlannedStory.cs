using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>A published story with its reports resolved and what the listings need computed once.</summary>
public sealed record PlannedStory(Story Story, IReadOnlyList<ReportedArticle> Reports)
{
    public string Slug => Story.Slug.Value;

    /// <summary>The outlets covering the story, each once, in report order.</summary>
    public IReadOnlyList<Source> Outlets { get; } = Reports.Select(r => r.Source).DistinctBy(s => s.Id).ToArray();

    /// <summary>The countries of the outlets (upper-case codes), sorted; outlets of unknown country add none.</summary>
    public IReadOnlyList<string> Countries { get; } = Reports.Select(r => r.Source.Country).OfType<string>()
        .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The date readers see as the story's latest: updated, else date.</summary>
    public ContentDate LastChange => Story.Updated is { } u && u.CompareTo(Story.Date) > 0 ? u : Story.Date;
}
