namespace DivergingReports.Analysis;

/// <summary>A report to compare.</summary>
/// <param name="Key">The report's key (an outlet or article id), unique in the story.</param>
/// <param name="Outlet">The outlet's display name.</param>
/// <param name="Text">The article as plain text (Markdown rendered to text), paragraphs separated by line breaks.</param>
public sealed record ComparedText(string Key, string Outlet, string Text);
