using Microsoft.Win32.SafeHandles;

namespace DivergingReports.Content.Files;

/// <summary>
/// The one way a file of the publication is opened: only a regular file, never through a link, and
/// only when it holds at most a given number of bytes. Content comes from anyone who can open a pull
/// request and the build runs with tokens in its environment: a link to /proc/self/environ would
/// publish them, a named pipe would hang the build, /dev/zero would fill its memory.
/// </summary>
public static class RegularFile
{
    // Linux opens natively; elsewhere (Windows, macOS) the portable checks run before File.OpenHandle.
    private static readonly bool Native = OperatingSystem.IsLinux() && LinuxFiles.Available;

    /// <summary>
    /// Opens the file at <paramref name="path"/> for reading. Throws <see cref="FileRefusedException"/>
    /// when it is not a regular file (the last part of the path a link, a pipe, a socket, a device, a
    /// folder) or holds more than <paramref name="maxBytes"/>; <see cref="IOException"/> and
    /// <see cref="UnauthorizedAccessException"/> as File.OpenHandle does.
    /// </summary>
    public static SafeFileHandle Open(string path, long maxBytes, out long length)
    {
        var handle = Native ? LinuxFiles.Open(path, out var kind, out length) : PortableFiles.Open(path, out kind, out length);
        if (kind != FileKind.Regular || length > maxBytes)
        {
            handle?.Dispose();
            throw new FileRefusedException(path, kind, length, kind == FileKind.Regular ? maxBytes : 0);
        }
        return handle!;
    }
}
