namespace DivergingReports.Content.Paste;

/// <summary>What an editor tells the importer that the paste may not say: <c>--source</c>, <c>--url</c>, <c>--published</c>.</summary>
public sealed record PasteOptions(string? SourceId = null, Uri? Url = null, string? Published = null);
