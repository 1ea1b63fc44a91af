using DivergingReports.Diagnostics;

namespace DivergingReports.Model;

/// <summary>
/// A source article: content/articles/&lt;id&gt;.md, or a raw paste (.txt) read through the importer.
/// Its text is not kept here: a publication's articles are most of its size, and each text is read
/// (<see cref="Content.ArticleTexts"/>) only while its story is rendered.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string SourceId { get; init; }
    /// <summary>The original; null when the paste did not record it.</summary>
    public Uri? Url { get; init; }
    public required ContentDate Published { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    /// <summary>The language it is written in (a BCP 47 tag) when its front matter says; otherwise its source's, then the site's.</summary>
    public string? Language { get; init; }
    /// <summary>The editors' translation into the site's language; null when there is none.</summary>
    public Translation? Translation { get; init; }
    /// <summary>The line of the file where the article's text begins, so text positions map back to the file.</summary>
    public required int BodyLine { get; init; }
    public required FileLocation At { get; init; }
}

/// <summary>An editor's translation of an article into the site's language.</summary>
/// <param name="By">The credit: who translated it.</param>
/// <param name="Text">The translation as Markdown, rendered like the article's own text.</param>
public sealed record Translation(string By, string Text);
