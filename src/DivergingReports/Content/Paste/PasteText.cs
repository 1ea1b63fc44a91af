namespace DivergingReports.Content.Paste;

/// <summary>What the importer reads out of a raw paste.</summary>
public sealed record PasteText
{
    /// <summary>The outlet's headline: the first line of text. Empty when the paste has no text.</summary>
    public required string Title { get; init; }
    public required int TitleLine { get; init; }
    /// <summary>The original's address, from a bare "Source: URL" line.</summary>
    public Uri? Url { get; init; }
    public int UrlLine { get; init; }
    /// <summary>The article's paragraphs, as plain text, in order.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }
    /// <summary>The line where the first paragraph was.</summary>
    public required int BodyLine { get; init; }
    /// <summary>When the paste is a page of this publication: the editor's summary of the report, kept out of the article text.</summary>
    public string? EditorSummary { get; init; }
    /// <summary>Lines dropped as noise, counted by the rule that dropped them, in rule order of first appearance.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> Removed { get; init; }
    /// <summary>The byline, "Published"/"Updated" lines and dateline taken out of the text.</summary>
    public PasteHeader.Found Header { get; init; } = new();
}
