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
/// that share wording are ever put side by side. Where the story's wording is so common that
/// counting every pair sharing each shingle would exceed <see cref="PairBudget"/> (hundreds of
/// reprints of one text), the counts are taken over a fixed sample of the shingles (those whose
/// hash falls in one part of its range, the same part for every report), which estimates the
/// same fractions: the cost stays bounded, the result deterministic.
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

        // The sample: every shingle, or one in 2, 4, 8… (by its hash) until the pairs fit the budget.
        var sample = 1UL;
        while (Work(keys, sample) > PairBudget) sample *= 2;

        var counted = sample == 1 ? distinct : new int[n];
        // A pair (i, j), i before j, is keyed i * n + j: below 2^31 (a story of fewer than 46,000 reports), its hash is the number itself and spreads well.
        var shared = new Dictionary<long, int>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (InSample(keys[start], sample))
            {
                if (sample != 1) for (var k = start; k < end; k++) counted[holders[k]]++;
                for (var a = start; a < end; a++)
                    for (var b = a + 1; b < end; b++)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(shared, (long)holders[a] * n + holders[b], out _)++;
                    }
            }
            start = end;
        }

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

    /// <summary>The pairs counted with a sample of one shingle in <paramref name="sample"/>: for each shingle (a run of the sorted keys), the pairs of reports holding it.</summary>
    private static long Work(ulong[] keys, ulong sample)
    {
        long work = 0;
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (InSample(keys[start], sample)) work += (long)(end - start) * (end - start - 1) / 2;
            start = end;
        }
        return work;
    }

    // The hash's high bits pick the sample, so it is the same part of the range for every report.
    private static bool InSample(ulong shingle, ulong sample) => sample == 1 || shingle / (ulong.MaxValue / sample + 1) == 0;
}
