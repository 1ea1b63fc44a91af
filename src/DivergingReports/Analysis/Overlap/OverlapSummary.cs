using System.Runtime.InteropServices;

namespace DivergingReports.Analysis;

/// <summary>The other report whose wording a report shares most.</summary>
/// <param name="Key">The report's key.</param>
/// <param name="Other">The other report's key (the earlier in report order on a tie), or null when it shares no wording with any.</param>
/// <param name="Shared">The fraction of the shorter of the two's distinct shingles also in the other (as <see cref="OverlapPair.Shared"/>); 0 without one.</param>
public sealed record ClosestReport(string Key, string? Other, double Shared);

/// <summary>
/// The shared wording of a story of many reports, without a line for every pair: for each report
/// the one it shares most with, and the groups of reprints (by <see cref="Overlap"/>'s rules).
/// Pairs are found through an index from each shingle to the reports that hold it, so only reports
/// that share wording are ever put side by side, and shingles held by the same reports are counted
/// together. Where the story's wording is so varied and common at once that counting its pairs
/// would exceed <see cref="PairBudget"/>, the counts are taken over a fixed sample of the shingles
/// (those whose hash falls in one part of its range, the same part for every report), which
/// estimates the same fractions: the cost stays bounded, the result deterministic.
/// </summary>
public static class OverlapSummary
{
    /// <summary>The most (pair, shared shingle) counts one story's comparison makes.</summary>
    public const long PairBudget = 8_000_000;

    public static (IReadOnlyList<ClosestReport> Closest, IReadOnlyList<ReprintGroup> Reprints) Compare(IReadOnlyList<ComparedText> reports) =>
        Compare(reports, ReportText.ReadAll(reports.Select(r => r.Text ?? "").ToArray()));

    internal static (IReadOnlyList<ClosestReport> Closest, IReadOnlyList<ReprintGroup> Reprints) Compare(IReadOnlyList<ComparedText> reports, IReadOnlyList<ReportText> texts)
    {
        var n = reports.Count;
        // Every (shingle, report) once, ordered by shingle, then report: each run of one shingle lists the reports that hold it.
        var distinct = new int[n];
        var shingleList = new List<ulong>();
        var reportList = new List<int>();
        for (var r = 0; r < n; r++)
        {
            var shingles = Overlap.Shingles(texts[r]);
            distinct[r] = shingles.Count;
            foreach (var s in shingles)
            {
                shingleList.Add(s);
                reportList.Add(r);
            }
        }
        var keys = shingleList.ToArray();
        var holders = reportList.ToArray();
        Array.Sort(keys, holders);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(holders, start, end - start);
            start = end;
        }

        // Shingles held by the same reports count for the same pairs: they are counted together, so
        // a wire text reprinted by a hundred outlets costs its pairs once, not once a shingle. The
        // sample: every shingle, or one in 2, 4, 8… (by its hash) until the pairs fit the budget.
        var sample = 1UL;
        var (holderSets, counted) = HolderSets(keys, holders, n, sample);
        while (Work(holderSets) > PairBudget)
        {
            sample *= 2;
            (holderSets, counted) = HolderSets(keys, holders, n, sample);
        }

        // A pair (i, j), i before j, is keyed i * n + j: below 2^31 (a story of fewer than 46,000 reports), its hash is the number itself and spreads well.
        var shared = new Dictionary<long, int>();
        foreach (var (set, weight) in holderSets)
            for (var a = 0; a < set.Length; a++)
                for (var b = a + 1; b < set.Length; b++)
                    CollectionsMarshal.GetValueRefOrAddDefault(shared, (long)set[a] * n + set[b], out _) += weight;
        if (sample == 1) counted = distinct;

        var best = new int[n];
        var bestShare = new double[n];
        Array.Fill(best, -1);
        var sets = new UnionFind(n);
        foreach (var (pair, count) in shared)
        {
            var (i, j) = ((int)(pair / n), (int)(pair % n));
            var smaller = Math.Min(counted[i], counted[j]);
            var fraction = smaller == 0 ? 0 : Math.Round((double)count / smaller, 4, MidpointRounding.AwayFromZero);
            Closer(i, j, fraction);
            Closer(j, i, fraction);
            if (fraction >= Overlap.ReprintThreshold && Math.Min(distinct[i], distinct[j]) >= Overlap.MinShingles) sets.Union(i, j);
        }
        var closest = new ClosestReport[n];
        for (var r = 0; r < n; r++)
            closest[r] = best[r] < 0 ? new ClosestReport(reports[r].Key, null, 0) : new ClosestReport(reports[r].Key, reports[best[r]].Key, bestShare[r]);
        var groups = sets.Groups().Where(g => g.Count > 1).Select(g => new ReprintGroup(g.Select(i => reports[i].Key).ToArray())).ToArray();
        return (closest, groups);

        void Closer(int report, int other, double fraction)
        {
            if (fraction <= 0) return;
            if (best[report] < 0 || fraction > bestShare[report] || (fraction == bestShare[report] && other < best[report]))
                (best[report], bestShare[report]) = (other, fraction);
        }
    }

    /// <summary>
    /// For the shingles in the sample held by two reports or more: each set of reports that hold
    /// one (ascending), with how many shingles it holds; and each report's shingles in the sample.
    /// </summary>
    private static (Dictionary<int[], int> Sets, int[] Counted) HolderSets(ulong[] keys, int[] holders, int n, ulong sample)
    {
        var sets = new Dictionary<int[], int>(ReportSets.Comparer);
        var lookup = sets.GetAlternateLookup<ReadOnlySpan<int>>();
        var counted = new int[n];
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (InSample(keys[start], sample))
            {
                for (var k = start; k < end; k++) counted[holders[k]]++;
                if (end - start > 1)
                {
                    var set = holders.AsSpan(start, end - start);
                    lookup[set] = lookup.TryGetValue(set, out var weight) ? weight + 1 : 1;
                }
            }
            start = end;
        }
        return (sets, counted);
    }

    /// <summary>The (pair, set) counts the sets ask for: each set adds its weight to each of its pairs.</summary>
    private static long Work(Dictionary<int[], int> sets)
    {
        long work = 0;
        foreach (var set in sets.Keys) work += (long)set.Length * (set.Length - 1) / 2;
        return work;
    }

    // The hash's high bits pick the sample, so it is the same part of the range for every report.
    private static bool InSample(ulong shingle, ulong sample) => sample == 1 || shingle / (ulong.MaxValue / sample + 1) == 0;
}

/// <summary>Sets of reports (ascending report indices) compared by their contents, and looked up by a span of them without copying it.</summary>
internal sealed class ReportSets : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
{
    public static readonly ReportSets Comparer = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] set) => GetHashCode(set.AsSpan());

    public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<int> alternate)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(alternate));
        return hash.ToHashCode();
    }

    public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
}
