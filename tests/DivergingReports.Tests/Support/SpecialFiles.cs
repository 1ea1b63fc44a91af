using System.Runtime.InteropServices;

namespace DivergingReports.Tests.Support;

/// <summary>Files a publication can hold that are not regular files: named pipes, made the way mkfifo(1) makes them.</summary>
public static class SpecialFiles
{
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    /// <summary>A named pipe at <paramref name="path"/>: reading it would wait for a writer that never comes.</summary>
    public static void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (MakeFifo(path, Convert.ToInt32("644", 8)) != 0)
            throw new IOException($"mkfifo {path} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
    }

    /// <summary>Runs <paramref name="work"/> and fails the test when it has not ended within <paramref name="seconds"/>.</summary>
    public static T Within<T>(int seconds, Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"still running after {seconds} s: a read is waiting on a file that is not a regular file");
        return task.Result;
    }
}
