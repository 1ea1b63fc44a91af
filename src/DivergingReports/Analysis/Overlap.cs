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
        var hashes = new List<ulong>(text.Count);
        for (var i = 0; i < text.Count; i++)
            if (text.Folded[i].Length > 0) hashes.Add(TextNormalizer.Hash(text.Folded[i]));
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= hashes.Count; i++)
        {
            var h = 1469598103934665603UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                h ^= hashes[i + k];
                h *= 0x100000001B3UL;
                h ^= h >> 29;
            }
            shingles.Add(h);
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
        return Math.Round((double)shared / small.Count, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>Every pair of reports (in report order) with its overlap, and the groups of reprints.</summary>
    public static (IReadOnlyList<OverlapPair> Pairs, IReadOnlyList<ReprintGroup> Reprints) Compare(IReadOnlyList<ComparedText> reports) =>
        Compare(reports, reports.Select(r => new ReportText(r.Text ?? "")).ToArray());

    internal static (IReadOnlyList<OverlapPair> Pairs, IReadOnlyList<ReprintGroup> Reprints) Compare(IReadOnlyList<ComparedText> reports, IReadOnlyList<ReportText> texts)
    {
        var shingles = texts.Select(Shingles).ToArray();
        var pairs = new List<OverlapPair>();
        var sets = new UnionFind(reports.Count);
        for (var i = 0; i < reports.Count; i++)
            for (var j = i + 1; j < reports.Count; j++)
            {
                var fraction = Fraction(shingles[i], shingles[j]);
                pairs.Add(new OverlapPair(reports[i].Key, reports[j].Key, fraction));
                if (fraction >= ReprintThreshold && Math.Min(shingles[i].Count, shingles[j].Count) >= MinShingles) sets.Union(i, j);
            }
        var groups = sets.Groups().Where(g => g.Count > 1).Select(g => new ReprintGroup(g.Select(i => reports[i].Key).ToArray())).ToArray();
        return (pairs, groups);
    }
}
