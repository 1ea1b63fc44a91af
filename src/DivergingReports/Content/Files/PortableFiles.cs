using Microsoft.Win32.SafeHandles;

namespace DivergingReports.Content.Files;

/// <summary>
/// Where the file cannot be opened natively (Windows, macOS): the link and the folder are told from
/// the file system's entry before File.OpenHandle opens it, and the size from the open handle. A
/// named pipe or a device cannot be told apart this way; Windows content holds neither, and on macOS
/// they are left to the operating system's limits.
/// </summary>
internal static class PortableFiles
{
    public static SafeFileHandle? Open(string path, out FileKind kind, out long length)
    {
        length = 0;
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null || (entry.Exists && entry.Attributes.HasFlag(FileAttributes.ReparsePoint)))
        {
            kind = FileKind.Link;
            return null;
        }
        if (Directory.Exists(path))
        {
            kind = FileKind.Folder;
            return null;
        }
        var handle = File.OpenHandle(path);
        kind = FileKind.Regular;
        length = RandomAccess.GetLength(handle);
        return handle;
    }
}
