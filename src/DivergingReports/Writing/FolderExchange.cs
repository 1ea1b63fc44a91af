using System.Runtime.InteropServices;

namespace DivergingReports.Writing;

/// <summary>
/// Puts a newly made site in place of the output folder.
/// <para>
/// On Linux (kernel 3.15 and later, on the file systems that support it: ext4, xfs, btrfs, tmpfs and
/// most others) the two folders trade places in one step, <c>renameat2(RENAME_EXCHANGE)</c>: at every
/// instant the output folder holds either the whole old site or the whole new one, and is never absent.
/// </para>
/// <para>
/// Elsewhere (macOS, Windows, a file system without the exchange), the old site is renamed aside and
/// the new one renamed in, one call after the other. The output folder still never holds a mix of the
/// two, but for the instant between the renames it is absent; a build stopped in that instant leaves
/// the old site aside, and the next build puts it back.
/// </para>
/// </summary>
internal static partial class FolderExchange
{
    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint Exchange = 2;          // RENAME_EXCHANGE
    private const int NotSupported = 22;      // EINVAL: the file system cannot exchange
    private const int NoSuchCall = 38;        // ENOSYS: the kernel cannot

    /// <summary>
    /// Puts <paramref name="staging"/> at <paramref name="output"/>. Returns where the old site is now
    /// (to be deleted), or null when there was none.
    /// </summary>
    /// <exception cref="SiteWriteException">Nothing was switched: the output folder is as it was.</exception>
    public static string? Replace(string staging, string output)
    {
        SiteWriteException.On(output, () => WriteFaults.Check(output));
        if (!Directory.Exists(output))
        {
            SiteWriteException.On(output, () => Directory.Move(staging, output));
            return null;
        }
        if (TryExchange(staging, output)) return staging;

        var aside = staging + StagingFolders.Previous;
        SiteWriteException.On(output, () => Directory.Move(output, aside));
        try
        {
            SiteWriteException.On(output, () => Directory.Move(staging, output));
        }
        catch
        {
            Directory.Move(aside, output);
            throw;
        }
        return aside;
    }

    /// <summary>Exchanges the two folders in one step; false when this system cannot (then nothing happened).</summary>
    private static bool TryExchange(string staging, string output)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int result;
        try
        {
            result = RenameAt2(AtCurrentFolder, staging, AtCurrentFolder, output, Exchange);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28 has no renameat2
        }
        if (result == 0) return true;
        var error = Marshal.GetLastPInvokeError();
        if (error is NotSupported or NoSuchCall) return false;
        throw new SiteWriteException(output, Marshal.GetPInvokeErrorMessage(error));
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
