namespace DivergingReports.Writing;

/// <summary>
/// The site could not be written: a folder or file of the output (or of the new site being made
/// beside it) could not be made, written, linked or put in place. The previous site is left as it was.
/// </summary>
public sealed class SiteWriteException(string path, string reason, Exception? inner = null)
    : IOException($"{path}: {reason}", inner)
{
    /// <summary>The full path of the file or folder that could not be written.</summary>
    public string Path { get; } = path;

    /// <summary>What the file system said, in its words.</summary>
    public string Reason { get; } = reason;

    /// <summary>Runs <paramref name="action"/> on <paramref name="path"/>, turning a file system failure into a <see cref="SiteWriteException"/>.</summary>
    internal static T On<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not SiteWriteException)
        {
            throw new SiteWriteException(path, e.Message, e);
        }
    }

    internal static void On(string path, Action action) => On(path, () => { action(); return true; });
}
