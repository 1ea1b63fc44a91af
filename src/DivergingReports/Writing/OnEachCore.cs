namespace DivergingReports.Writing;

/// <summary>
/// Rendering is work for the processor alone: one thread per core. More would only take turns, and
/// the thread pool may hold extra threads, idle since the files were read (<see cref="Content.ParallelReads"/>).
/// </summary>
internal static class OnEachCore
{
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
