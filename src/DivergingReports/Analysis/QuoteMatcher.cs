namespace DivergingReports.Analysis;

/// <summary>
/// One quotation across the reports of a story.
/// </summary>
/// <param name="Text">Its longest form, as the outlet quoting most of it wrote it.</param>
/// <param name="PerOutlet">In report order: the exact words each report quotes (fragments of it joined by " … "), or null when the report does not quote it.</param>
/// <param name="Shared">Quoted by two reports or more.</param>
public sealed record QuoteRow(string Text, IReadOnlyList<string?> PerOutlet, bool Shared);

/// <summary>
/// Matches quotations across reports. Two passages are the same quotation when their folded words
/// are equal (case, punctuation, quote style and apostrophes folded), or when the words of the
/// shorter — at least <see cref="MinContainedWords"/> of them — appear in the longer in order and
/// contiguous, the shorter's ellipses standing for words left out. Matching goes through an index
/// of word trigrams, so its cost follows the number of quoted words, not their pairs.
/// </summary>
public static class QuoteMatcher
{
    /// <summary>The fewest words a shorter quotation must have to be found within a longer one; shorter ones match only exactly.</summary>
    public const int MinContainedWords = 3;

    private sealed class Item(int report, FoundQuote quote, int[][] segments, int[] flat, string key)
    {
        public int Report { get; } = report;
        public FoundQuote Quote { get; } = quote;
        public int[][] Segments { get; } = segments;
        public int[] Flat { get; } = flat;
        public string Key { get; } = key;
    }

    /// <summary>Whether two passages are the same quotation, or one part of the other.</summary>
    public static bool Matches(string a, string b)
    {
        var rows = Match([[new FoundQuote(a, 0, a.Length)], [new FoundQuote(b, 0, b.Length)]]);
        return rows.Count == 1;
    }

    /// <summary>The quotation rows of a story: shared ones first, then by first appearance (report order, then position).</summary>
    public static IReadOnlyList<QuoteRow> Match(IReadOnlyList<IReadOnlyList<FoundQuote>> quotesPerReport)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = new List<Item>();
        for (var r = 0; r < quotesPerReport.Count; r++)
        {
            foreach (var q in quotesPerReport[r])
            {
                var segments = new List<int[]>();
                var current = new List<int>();
                var words = new List<string>();
                foreach (var w in TextNormalizer.WordsWithGaps(q.Text))
                {
                    if (w is null)
                    {
                        if (current.Count > 0) segments.Add(current.ToArray());
                        current.Clear();
                        continue;
                    }
                    if (!ids.TryGetValue(w, out var id)) ids[w] = id = ids.Count;
                    current.Add(id);
                    words.Add(w);
                }
                if (current.Count > 0) segments.Add(current.ToArray());
                if (words.Count == 0) continue;
                items.Add(new Item(r, q, segments.ToArray(), segments.SelectMany(s => s).ToArray(), string.Join(' ', words)));
            }
        }

        var sets = new UnionFind(items.Count);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var trigrams = new Dictionary<(int, int, int), List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            if (byKey.TryGetValue(items[i].Key, out var same)) sets.Union(same, i);
            else byKey[items[i].Key] = i;
            var flat = items[i].Flat;
            for (var p = 0; p + 2 < flat.Length; p++)
            {
                var key = (flat[p], flat[p + 1], flat[p + 2]);
                if (!trigrams.TryGetValue(key, out var list)) trigrams[key] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            var a = items[i];
            if (a.Flat.Length < MinContainedWords) continue;
            var anchor = a.Segments.MaxBy(s => s.Length)!;
            if (anchor.Length < 3) continue;
            if (!trigrams.TryGetValue((anchor[0], anchor[1], anchor[2]), out var candidates)) continue;
            foreach (var j in candidates)
            {
                if (j == i || items[j].Flat.Length < a.Flat.Length) continue;
                if (ContainedInOrder(a.Segments, items[j].Flat)) sets.Union(i, j);
            }
        }

        var rows = new List<(QuoteRow Row, int Outlets, int FirstReport, int FirstStart)>();
        foreach (var group in sets.Groups())
        {
            var members = group.Select(i => items[i]).ToList();
            var longest = members.OrderByDescending(m => m.Flat.Length).ThenBy(m => m.Report).ThenBy(m => m.Quote.Start).First();
            var perOutlet = new string?[quotesPerReport.Count];
            for (var r = 0; r < perOutlet.Length; r++)
            {
                var own = members.Where(m => m.Report == r).OrderBy(m => m.Quote.Start).ToList();
                if (own.Count == 0) continue;
                // Keep each distinct wording once, and drop fragments another of the same report contains.
                var kept = own.Where(m => !own.Any(o => !ReferenceEquals(o, m)
                        && (o.Flat.Length > m.Flat.Length || (o.Key == m.Key && o.Quote.Start < m.Quote.Start))
                        && ContainedInOrder(m.Segments, o.Flat)))
                    .Select(m => m.Quote.Text).ToList();
                perOutlet[r] = string.Join(" … ", kept);
            }
            var outlets = perOutlet.Count(p => p is not null);
            var first = members.OrderBy(m => m.Report).ThenBy(m => m.Quote.Start).First();
            rows.Add((new QuoteRow(longest.Quote.Text, perOutlet, outlets >= 2), outlets, first.Report, first.Quote.Start));
        }
        return rows
            .OrderByDescending(r => r.Row.Shared)
            .ThenBy(r => r.FirstReport)
            .ThenBy(r => r.FirstStart)
            .Select(r => r.Row)
            .ToArray();
    }

    private static bool ContainedInOrder(int[][] segments, int[] within)
    {
        var from = 0;
        foreach (var segment in segments)
        {
            var at = IndexOf(within, segment, from);
            if (at < 0) return false;
            from = at + segment.Length;
        }
        return true;
    }

    private static int IndexOf(int[] haystack, int[] needle, int from)
    {
        for (var i = from; i + needle.Length <= haystack.Length; i++)
        {
            var k = 0;
            while (k < needle.Length && haystack[i + k] == needle[k]) k++;
            if (k == needle.Length) return i;
        }
        return -1;
    }
}
