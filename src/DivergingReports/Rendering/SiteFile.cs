namespace DivergingReports.Rendering;

/// <summary>One file of the built site: its path in the output folder (forward slashes) and how to make its bytes.</summary>
public sealed record SiteFile(string Path, Func<byte[]> Content);
