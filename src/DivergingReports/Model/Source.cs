using DivergingReports.Diagnostics;

namespace DivergingReports.Model;

/// <summary>An outlet: content/sources/&lt;id&gt;.yml.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public Uri? Homepage { get; init; }
    /// <summary>Hosts whose article URLs (subdomains too) belong to this outlet, lower-case.</summary>
    public required IReadOnlyList<Claimed<string>> Domains { get; init; }
    /// <summary>ISO 3166-1 alpha-2, upper-case; null for an outlet whose country is unknown.</summary>
    public string? Country { get; init; }
    public string? Language { get; init; }
    /// <summary>Markdown.</summary>
    public string? Description { get; init; }
    public Claimed<string>? Lean { get; init; }
    /// <summary>Free labels for the source page, in the editor's order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; }
    public required FileLocation At { get; init; }
}

/// <summary>A value together with where the editor wrote it, for diagnostics that cross files.</summary>
public readonly record struct Claimed<T>(T Value, FileLocation At);
