namespace DivergingReports.Rendering;

/// <summary>
/// One file of the built site: its path in the output folder (forward slashes), how to make its
/// bytes, and the story it belongs to (null for files that list many stories, such as the home
/// page and the feeds), so a rebuild after one story changed can render just what it touches.
/// </summary>
public sealed record SiteFile(string Path, Func<byte[]> Content, string? Story = null);
