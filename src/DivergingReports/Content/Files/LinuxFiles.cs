using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DivergingReports.Content.Files;

/// <summary>
/// open(2) with O_NOFOLLOW | O_NONBLOCK, then statx(2) on the descriptor: the file is what was
/// opened, and its kind and size are known before a byte is read. O_NOFOLLOW makes a link fail with
/// ELOOP; O_NONBLOCK lets a named pipe open at once (with no writer, open would wait forever) so it
/// can be refused. statx's layout is the same on every Linux architecture, unlike fstat's.
/// </summary>
internal static partial class LinuxFiles
{
    private const int ELOOP = 40;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;
    private const int EACCES = 13;
    private const int EPERM = 1;
    private const int EINTR = 4;

    private const int O_RDONLY = 0;
    private const int O_NOCTTY = 0x100;
    private const int O_NONBLOCK = 0x800;
    private const int O_CLOEXEC = 0x80000;

    // O_NOFOLLOW is 0100000 where O_DIRECTORY and O_NOFOLLOW moved (ARM, PowerPC); 0400000 elsewhere.
    private static readonly int O_NOFOLLOW = RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le
        ? 0x8000 : 0x20000;

    private const int AT_EMPTY_PATH = 0x1000;
    private const uint STATX_TYPE = 0x1;
    private const uint STATX_SIZE = 0x200;
    private const int StatxBytes = 256;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;

    private const int S_IFMT = 0xF000;
    private const int S_IFREG = 0x8000;
    private const int S_IFDIR = 0x4000;
    private const int S_IFIFO = 0x1000;
    private const int S_IFSOCK = 0xC000;
    private const int S_IFLNK = 0xA000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenFile(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    /// <summary>Whether libc has open and statx here (glibc 2.28 and later, musl 1.2.5 and later).</summary>
    public static bool Available { get; } = Probe();

    /// <summary>The open file, or null when it is not a regular file (its <paramref name="kind"/> says what it is).</summary>
    public static SafeFileHandle? Open(string path, out FileKind kind, out long length)
    {
        length = 0;
        int fd;
        do fd = OpenFile(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
        while (fd < 0 && Marshal.GetLastPInvokeError() == EINTR);
        if (fd < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == ELOOP)
            {
                kind = FileKind.Link;
                return null;
            }
            throw Failure(path, error);
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            Span<byte> status = stackalloc byte[StatxBytes];
            if (Statx(fd, "", AT_EMPTY_PATH, STATX_TYPE | STATX_SIZE, status) != 0) throw Failure(path, Marshal.GetLastPInvokeError());
            var mode = BinaryPrimitives.ReadUInt16LittleEndian(status[ModeOffset..]);
            kind = KindOf(mode);
            length = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(status[SizeOffset..]), long.MaxValue);
            if (kind == FileKind.Regular) return handle;
            handle.Dispose();
            return null;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static FileKind KindOf(int mode) => (mode & S_IFMT) switch
    {
        S_IFREG => FileKind.Regular,
        S_IFDIR => FileKind.Folder,
        S_IFIFO => FileKind.Pipe,
        S_IFSOCK => FileKind.Socket,
        S_IFLNK => FileKind.Link,
        _ => FileKind.Device,
    };

    private static Exception Failure(string path, int error) => error switch
    {
        ENOENT or ENOTDIR => new FileNotFoundException($"{path} does not exist", path),
        EACCES or EPERM => new UnauthorizedAccessException($"{path}: permission denied"),
        _ => new IOException($"{path}: {Marshal.GetPInvokeErrorMessage(error)}", error),
    };

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || !BitConverter.IsLittleEndian) return false;
        try
        {
            // The root folder: always there, and opened and asked about as any file is.
            using var root = Open("/", out _, out _);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The functions are there; this one file could not be opened.
            return true;
        }
    }
}
