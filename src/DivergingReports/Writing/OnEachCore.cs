using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace DivergingReports.Writing;

/// <summary>
/// Makes files on every core, one thread per core: rendering is work for the processor alone, and
/// the thread pool may hold extra threads, idle since the content was read (<see cref="Content.ParallelReads"/>).
/// </summary>
internal static class OnEachCore
{
    /// <summary>
    /// Runs <paramref name="make"/> for 0 to <paramref name="count"/> - 1. When some fail, the failure
    /// thrown is the one a loop in order would have met first (a template error names its file and
    /// line), whichever thread met which failure first.
    /// </summary>
    public static void For(int count, Action<int> make)
    {
        var failures = new ConcurrentQueue<(int Index, ExceptionDispatchInfo Failure)>();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
        {
            try
            {
                make(i);
            }
            catch (Exception e)
            {
                failures.Enqueue((i, ExceptionDispatchInfo.Capture(e)));
                // Every file before this one is still made, so the first failure in order is among those seen.
                loop.Break();
            }
        });
        if (!failures.IsEmpty) failures.MinBy(f => f.Index).Failure.Throw();
    }
}
