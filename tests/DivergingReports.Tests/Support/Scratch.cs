using System.Collections.Concurrent;

namespace DivergingReports.Tests.Support;

/// <summary>
/// Where tests make their temporary folders: in memory (/dev/shm) when it is a writable folder
/// with room to spare, otherwise the system's temporary folder. The tests create and delete
/// tens of thousands of small files; on a virtual machine's disk each costs a journal write, in
/// memory nothing, which roughly halves the time the suite spends in the kernel.
/// </summary>
public static class Scratch
{
    private const long RoomNeeded = 4L << 30;

    private static readonly Lazy<string> Root = new(() =>
    {
        const string memory = "/dev/shm";
        try
        {
            if (OperatingSystem.IsLinux() && Directory.Exists(memory) && new DriveInfo(memory).AvailableFreeSpace >= RoomNeeded)
            {
                var probe = Path.Combine(memory, "divrep-probe-" + Guid.NewGuid().ToString("N")[..12]);
                Directory.CreateDirectory(probe);
                Directory.Delete(probe);
                return memory;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return Path.GetTempPath();
    });

    // Every folder handed out, removed at the end of the run if its test did not (a failed or shared
    // one): memory is not a place to leave them.
    private static readonly ConcurrentQueue<string> HandedOut = new();

    static Scratch() => TestRun.AtEnd(() =>
    {
        foreach (var folder in HandedOut)
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return Task.CompletedTask;
    });

    /// <summary>A new, not yet created, folder path: <paramref name="prefix"/> and a random part.</summary>
    public static string NewPath(string prefix)
    {
        var folder = Path.Combine(Root.Value, prefix + Guid.NewGuid().ToString("N")[..12]);
        HandedOut.Enqueue(folder);
        return folder;
    }
}
