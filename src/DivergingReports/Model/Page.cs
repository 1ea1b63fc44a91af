using DivergingReports.Diagnostics;

namespace DivergingReports.Model;

/// <summary>A free page: content/pages/&lt;id&gt;.md, published at /&lt;id&gt;/.</summary>
public sealed record Page
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    /// <summary>Markdown, written by editors.</summary>
    public required string Body { get; init; }
    public required FileLocation At { get; init; }
}
