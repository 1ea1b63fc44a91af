namespace DivergingReports.Analysis;

/// <summary>A report to compare.</summary>
/// <param name="Key">The report's key (an outlet or article id), unique in the story.</param>
/// <param name="Outlet">The outlet's display name.</param>
/// <param name="Text">The article as plain text (Markdown rendered to text), paragraphs separated by line breaks; its translation when the editor gave one.</param>
/// <param name="Language">The language of <paramref name="Text"/> (a BCP 47 tag: "en", "de", "uk", "ar"): how its numbers and quotation marks are read.</param>
public sealed record ComparedText(string Key, string Outlet, string Text, string Language = "en");
