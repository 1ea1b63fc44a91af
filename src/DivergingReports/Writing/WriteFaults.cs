namespace DivergingReports.Writing;

/// <summary>
/// A failure to make happen at one path while a site is written, as a full disk or a file the
/// writer may not touch would: for checking that such a failure leaves the previous site as it was.
/// Set for the current flow of execution only, so builds running beside it are not affected.
/// </summary>
internal static class WriteFaults
{
    /// <summary>Given a full path about to be written (a staged file, or the output folder as it is switched), the failure to throw there, or null.</summary>
    public static readonly AsyncLocal<Func<string, Exception?>?> At = new();

    public static void Check(string path)
    {
        if (At.Value?.Invoke(path) is { } failure) throw failure;
    }
}
