using System.Runtime.InteropServices;

namespace DivergingReports.Writing;

/// <summary>Hard links, so a file whose bytes did not change is carried into the new build without being rewritten.</summary>
internal static partial class FileLinks
{
    /// <summary>Links <paramref name="existing"/> as <paramref name="link"/>; false when the file system cannot (then the caller writes it).</summary>
    public static bool TryHardLink(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLink(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLink(string link, string existing, IntPtr security);
}
