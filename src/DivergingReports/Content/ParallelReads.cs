namespace DivergingReports.Content;

/// <summary>
/// Loops over many small files that are read, then worked on. A file the system has not cached (a
/// fresh checkout, or files left untouched for a while) is mostly a wait on the disk, and a core
/// whose one thread waits does nothing: these loops keep several files per core in flight. When the
/// files are cached, the extra threads only take turns on the cores.
/// </summary>
internal static class ParallelReads
{
    private static readonly int Threads = Math.Clamp(Environment.ProcessorCount * 8, 16, 128);

    public static void For(int count, Action<int> body) =>
        WithThreads(options => Parallel.For(0, count, options, body));

    /// <summary>As <see cref="For(int, Action{int})"/>, with a value each thread keeps from file to file (a buffer).</summary>
    public static void For<TLocal>(int count, Func<TLocal> init, Func<int, TLocal, TLocal> body) =>
        WithThreads(options => Parallel.For(0, count, options, init, (i, _, local) => body(i, local), _ => { }));

    private static void WithThreads(Action<ParallelOptions> loop)
    {
        // The thread pool adds threads slowly when its threads block; it may start this many at once
        // for as long as the loop runs.
        ThreadPool.GetMinThreads(out var workers, out var io);
        var raised = workers < Threads && ThreadPool.SetMinThreads(Threads, io);
        try
        {
            loop(new ParallelOptions { MaxDegreeOfParallelism = Threads });
        }
        finally
        {
            if (raised) ThreadPool.SetMinThreads(workers, io);
        }
    }
}
