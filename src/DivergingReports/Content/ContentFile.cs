namespace DivergingReports.Content;

/// <summary>One content file found on disk: its id (the file name without extension) and where it is.</summary>
public sealed record ContentFile(string FullPath, string Path, string Id, string Extension);
