namespace DivergingReports.Content.Files;

/// <summary>
/// A file of the publication that was not read: not a regular file (a link, a pipe, a device…), or
/// larger than its limit. Nothing of it was read; <see cref="Size"/> is what the file system said.
/// </summary>
public sealed class FileRefusedException(string path, FileKind kind, long size = 0, long limit = 0)
    : IOException(kind == FileKind.Regular ? $"{path} is larger than {limit} bytes" : $"{path} is not a regular file ({kind})")
{
    public FileKind Kind { get; } = kind;

    public long Size { get; } = size;

    /// <summary>The most bytes the file may hold; zero when it was refused for its kind.</summary>
    public long Limit { get; } = limit;

    public bool TooLarge => Kind == FileKind.Regular;
}
