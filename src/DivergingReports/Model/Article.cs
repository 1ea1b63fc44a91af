using DivergingReports.Diagnostics;

namespace DivergingReports.Model;

/// <summary>A source article: content/articles/&lt;id&gt;.md, or a raw paste (.txt) read through the importer.</summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string SourceId { get; init; }
    /// <summary>The original; null when the paste did not record it.</summary>
    public Uri? Url { get; init; }
    public required ContentDate Published { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    /// <summary>Reads the article's text as Markdown from its file. The text is not kept in the model: a publication's articles are most of its size, and each is needed only while its story is rendered.</summary>
    public required Func<string> ReadBody { get; init; }

    /// <summary>The article's text as Markdown, read now. Untrusted scraped material: rendered with raw HTML off.</summary>
    public string Body => ReadBody();
    /// <summary>The line of the file where <see cref="Body"/> begins, so text positions map back to the file.</summary>
    public required int BodyLine { get; init; }
    public required FileLocation At { get; init; }
}
