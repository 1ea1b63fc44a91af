using System.Buffers;

namespace DivergingReports.Analysis;

/// <summary>How much text two reports share.</summary>
/// <param name="A">The first report's key (earlier in report order).</param>
/// <param name="B">The second report's key.</param>
/// <param name="Shared">The fraction (0..1, four decimals) of the shorter report's distinct 5-word shingles also in the other.</param>
public sealed record OverlapPair(string A, string B, double Shared);

/// <summary>Reports that share most of their text: one story reprinted (a wire story), to count once.</summary>
/// <param name="Keys">The reports' keys, in report order.</param>
public sealed record ReprintGroup(IReadOnlyList<string> Keys);

/// <summary>
/// Text overlap by word shingles: every run of <see cref="ShingleWords"/> consecutive folded words
/// (case, punctuation, quote style and diacritics folded), hashed to 64 bits with a stable hash.
/// Two reports are reprints of one text when at least <see cref="ReprintThreshold"/> of the shorter
/// one's shingles are in the other, and the shorter has at least <see cref="MinShingles"/> of them
/// (so two short blurbs do not look copied by chance); reprints group transitively. Cost: one pass
/// over each text, then a set intersection per pair of reports.
/// </summary>
public static class Overlap
{
    public const int ShingleWords = 5;
    public const double ReprintThreshold = 0.6;
    public const int MinShingles = 10;

    /// <summary>The distinct shingle hashes of a text.</summary>
    public static HashSet<ulong> Shingles(string text) => Shingles(new ReportText(text));

    internal static HashSet<ulong> Shingles(ReportText text)
    {
        var hashes = new ulong[text.Count];
        var count = ShingleHashes(text, hashes);
        return [.. hashes.AsSpan(0, count)];
    }

    /// <summary>
    /// Writes the hash of every shingle of a text, in order, repeats included, into
    /// <paramref name="hashes"/> (as long as the text has tokens); returns how many there are.
    /// </summary>
    private static int ShingleHashes(ReportText text, Span<ulong> hashes)
    {
        // The words' hashes first; then each shingle's hash over them, written in place of its first
        // word's, which no later shingle reads.
        var words = 0;
        var empty = text.Vocabulary.Empty; // the one folded word of length 0
        foreach (var word in text.Words)
            if (word != empty) hashes[words++] = word.Hash;
        var shingles = Math.Max(words - ShingleWords + 1, 0);
        for (var i = 0; i < shingles; i++)
        {
            var h = 1469598103934665603UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                h ^= hashes[i + k];
                h *= 0x100000001B3UL;
                h ^= h >> 29;
            }
            hashes[i] = h;
        }
        return shingles;
    }

    /// <summary>The shared fraction of two shingle sets, relative to the smaller; 0 when either is empty.</summary>
    public static double Fraction(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var h in small) if (large.Contains(h)) shared++;
        return Fraction(shared, small.Count);
    }

    private static double Fraction(int shared, int smaller) =>
        smaller == 0 ? 0 : Math.Round((double)shared / smaller, 4, MidpointRounding.AwayFromZero);

    /// <summary>Every pair of reports (in report order) with its overlap, and the groups of reprints.</summary>
    public static (IReadOnlyList<OverlapPair> Pairs, IReadOnlyList<ReprintGroup> Reprints) Compare(IReadOnlyList<ComparedText> reports) =>
        Compare(reports, ReportText.ReadAll(reports.Select(r => r.Text ?? "").ToArray()));

    internal static (IReadOnlyList<OverlapPair> Pairs, IReadOnlyList<ReprintGroup> Reprints) Compare(IReadOnlyList<ComparedText> reports, IReadOnlyList<ReportText> texts)
    {
        var (distinct, shared) = texts.Count <= ShingleMembership.MaxReports ? CountByMembership(texts) : CountBySets(texts);
        var pairs = new List<OverlapPair>();
        var sets = new UnionFind(reports.Count);
        for (var i = 0; i < reports.Count; i++)
            for (var j = i + 1; j < reports.Count; j++)
            {
                var fraction = distinct[i] == 0 || distinct[j] == 0 ? 0 : Fraction(shared[i, j], Math.Min(distinct[i], distinct[j]));
                pairs.Add(new OverlapPair(reports[i].Key, reports[j].Key, fraction));
                if (fraction >= ReprintThreshold && Math.Min(distinct[i], distinct[j]) >= MinShingles) sets.Union(i, j);
            }
        var groups = sets.Groups().Where(g => g.Count > 1).Select(g => new ReprintGroup(g.Select(i => reports[i].Key).ToArray())).ToArray();
        return (pairs, groups);
    }

    /// <summary>
    /// Each report's number of distinct shingles, and for each pair how many they share, from one
    /// table of the story's shingles with the reports each is in.
    /// </summary>
    private static (int[] Distinct, int[,] Shared) CountByMembership(IReadOnlyList<ReportText> texts)
    {
        var longest = texts.Count == 0 ? 0 : texts.Max(t => t.Count);
        var hashes = ArrayPool<ulong>.Shared.Rent(longest);
        var membership = ShingleMembership.Start(texts.Count, texts.Sum(t => t.Count));
        for (var r = 0; r < texts.Count; r++)
        {
            var count = ShingleHashes(texts[r], hashes);
            for (var i = 0; i < count; i++) membership.Add(hashes[i], r);
        }
        ArrayPool<ulong>.Shared.Return(hashes);
        return (membership.Distinct, membership.Shared);
    }

    /// <summary>The same counts by a hash set per report, for stories of more reports than a membership mask holds.</summary>
    private static (int[] Distinct, int[,] Shared) CountBySets(IReadOnlyList<ReportText> texts)
    {
        var shingles = texts.Select(Shingles).ToArray();
        var distinct = shingles.Select(s => s.Count).ToArray();
        var shared = new int[texts.Count, texts.Count];
        for (var i = 0; i < shingles.Length; i++)
            for (var j = i + 1; j < shingles.Length; j++)
                foreach (var h in shingles[i]) if (shingles[j].Contains(h)) shared[i, j]++;
        return (distinct, shared);
    }
}
