using DivergingReports.Diagnostics;

namespace DivergingReports.Model;

/// <summary>A story: the editor's breakdown in content/breakdowns/&lt;id&gt;.yml.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required ContentDate Date { get; init; }
    public ContentDate? Updated { get; init; }
    public required Claimed<string> Slug { get; init; }
    public required bool Draft { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    /// <summary>The reader prompt: the story's own, else site.yml's.</summary>
    public required string Question { get; init; }
    /// <summary>Markdown: the editor's neutral account of the event.</summary>
    public required string Summary { get; init; }
    /// <summary>The articles compared, in display order.</summary>
    public required IReadOnlyList<Report> Reports { get; init; }
    /// <summary>True when the file's list of reports could not be read in full (the reason is reported); checks of article use then stay quiet.</summary>
    public bool ReportsIncomplete { get; init; }
    public required IReadOnlyList<Divergence> Divergences { get; init; }
    /// <summary>Markdown: what every report states.</summary>
    public required IReadOnlyList<string> Agreements { get; init; }
    public required FileLocation At { get; init; }
}

/// <summary>One article compared in a story, with the editor's breakdown of it.</summary>
public sealed record Report(Claimed<string> Article, string? Summary);

/// <summary>A topic on which the reports part ways, and what each outlet says of it.</summary>
public sealed record Divergence(string Topic, IReadOnlyList<DivergencePosition> Positions, FileLocation At);

/// <summary>What one outlet (a source id, or an article id among the reports) says on a divergence topic; Markdown.</summary>
public sealed record DivergencePosition(Claimed<string> Outlet, string Text);
