namespace DivergingReports.Writing;

/// <summary>
/// One build at a time per output folder: a build holds <c>._site.divrep-lock</c>, beside the folder,
/// open and locked from before it reads the build cache until its site is in place. The operating
/// system lets the lock go when the process ends, however it ends, so a killed build never blocks
/// the next. A second build of the same folder meanwhile is refused (it does not wait): what it
/// would write depends on what the first leaves.
/// </summary>
public sealed class OutputLock : IDisposable
{
    // What the file system says when another process holds the lock: EWOULDBLOCK on Linux and on
    // macOS, a sharing violation (or lock violation) on Windows.
    private static readonly int[] Held = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    public static string PathFor(string output)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.divrep-lock");
    }

    /// <summary>Takes the lock of <paramref name="output"/>, or returns null when another build holds it.</summary>
    /// <exception cref="SiteWriteException">The lock file cannot be made or opened.</exception>
    public static OutputLock? TryTake(string output)
    {
        var path = PathFor(output);
        try
        {
            SiteWriteException.On(Path.GetDirectoryName(path)!, () => Directory.CreateDirectory(Path.GetDirectoryName(path)!));
            // Opened with no sharing: on Linux and macOS, .NET takes an exclusive flock() on it.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            // The process id, for whoever finds the file (the lock is what counts, not the text).
            stream.SetLength(0);
            stream.Write(System.Text.Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n"));
            stream.Flush();
            return new OutputLock(stream);
        }
        catch (IOException e) when (e is not SiteWriteException && !(e is FileNotFoundException or DirectoryNotFoundException) && Held.Contains(e.HResult))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not SiteWriteException)
        {
            throw new SiteWriteException(path, e.Message, e);
        }
    }

    /// <summary>Lets the lock go. The file stays: removing it could let two builds each lock a different file of that name.</summary>
    public void Dispose() => stream.Dispose();
}
