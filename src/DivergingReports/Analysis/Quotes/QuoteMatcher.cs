namespace DivergingReports.Analysis;

/// <summary>
/// One quotation across the reports of a story.
/// </summary>
/// <param name="Text">Its longest form, as the outlet quoting most of it wrote it.</param>
/// <param name="PerOutlet">In report order: the exact words each report quotes (fragments of it joined by " … "), or null when the report does not quote it.</param>
/// <param name="Shared">Quoted by two reports or more.</param>
public sealed record QuoteRow(string Text, PerReport<string?> PerOutlet, bool Shared);

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

    /// <param name="Segments">Its words as ids (<see cref="Lexeme.Id"/>), split at its ellipses.</param>
    /// <param name="Flat">All its words as ids: equal for two passages exactly when their folded words are.</param>
    private sealed record Item(int Report, FoundQuote Quote, int[][] Segments, int[] Flat);

    /// <summary>Whether two passages are the same quotation, or one part of the other.</summary>
    public static bool Matches(string a, string b)
    {
        var rows = Match([[new FoundQuote(a, 0, a.Length)], [new FoundQuote(b, 0, b.Length)]]);
        return rows.Count == 1;
    }

    /// <summary>The quotation rows of a story: shared ones first, then by first appearance (report order, then position).</summary>
    public static IReadOnlyList<QuoteRow> Match(IReadOnlyList<IReadOnlyList<FoundQuote>> quotesPerReport)
    {
        var items = Read(quotesPerReport);
        var sets = new UnionFind(items.Count);

        // The same words: one quotation.
        var byWords = new Dictionary<int[], int>(WordIds.Comparer);
        for (var i = 0; i < items.Count; i++)
        {
            if (byWords.TryGetValue(items[i].Flat, out var same)) sets.Union(same, i);
            else byWords[items[i].Flat] = i;
        }

        // Contained in order: a passage of three words or more is looked for in the longer passages
        // that hold the first trigram of its longest segment (its anchor). Only the first of each
        // wording takes part: its repeats are already one quotation with it, and a quote repeated a
        // thousand times is looked for once, not a thousand times in each of its repeats.
        var anchored = new Dictionary<(int, int, int), List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Flat.Length < MinContainedWords || byWords[items[i].Flat] != i) continue;
            var anchor = items[i].Segments.MaxBy(s => s.Length)!;
            if (anchor.Length < 3) continue;
            var key = (anchor[0], anchor[1], anchor[2]);
            if (!anchored.TryGetValue(key, out var list)) anchored[key] = list = [];
            list.Add(i);
        }
        if (anchored.Count > 0)
        {
            // The passage j last looked for each candidate in, so that a trigram met again in j does not look again.
            var lookedIn = new int[items.Count];
            Array.Fill(lookedIn, -1);
            for (var j = 0; j < items.Count; j++)
            {
                if (byWords[items[j].Flat] != j) continue;
                var flat = items[j].Flat;
                for (var p = 0; p + 2 < flat.Length; p++)
                {
                    if (!anchored.TryGetValue((flat[p], flat[p + 1], flat[p + 2]), out var passages)) continue;
                    foreach (var i in passages)
                    {
                        if (i == j || lookedIn[i] == j) continue;
                        lookedIn[i] = j;
                        if (flat.Length >= items[i].Flat.Length && sets.Find(i) != sets.Find(j) && ContainedInOrder(items[i].Segments, flat)) sets.Union(i, j);
                    }
                }
            }
        }

        var rows = new List<(QuoteRow Row, int FirstReport, int FirstStart)>();
        var own = new List<Item>();
        var perOutlet = new List<(int, string?)>();
        foreach (var group in sets.Groups())
        {
            // The longest form; ties go to the earlier report, then the earlier place, then the first read.
            var longest = items[group[0]];
            var first = longest;
            foreach (var m in group)
            {
                var item = items[m];
                if (item.Flat.Length > longest.Flat.Length
                    || (item.Flat.Length == longest.Flat.Length && (item.Report, item.Quote.Start).CompareTo((longest.Report, longest.Quote.Start)) < 0))
                    longest = item;
                if ((item.Report, item.Quote.Start).CompareTo((first.Report, first.Quote.Start)) < 0) first = item;
            }
            // A group is in item order, which is report order: each report's passages are a run of it.
            perOutlet.Clear();
            for (var g = 0; g < group.Count;)
            {
                var report = items[group[g]].Report;
                own.Clear();
                for (; g < group.Count && items[group[g]].Report == report; g++) own.Add(items[group[g]]);
                SortByStart(own);
                perOutlet.Add((report, own.Count == 1 ? own[0].Quote.Text : string.Join(" … ", Kept(FirstOfEachWording(own)))));
            }
            rows.Add((new QuoteRow(longest.Quote.Text, new PerReport<string?>(quotesPerReport.Count, perOutlet, null), perOutlet.Count >= 2), first.Report, first.Quote.Start));
        }
        return RowOrder.Shared(rows.Select(r => (r.Row, r.Row.Shared, r.FirstReport, r.FirstStart)));
    }

    /// <summary>The passages of every report with words, as word ids of one vocabulary, in report order.</summary>
    private static List<Item> Read(IReadOnlyList<IReadOnlyList<FoundQuote>> quotesPerReport)
    {
        var vocabulary = Vocabulary.ForThread();
        var items = new List<Item>();
        var segments = new List<int[]>();
        var segment = new List<int>();
        var flat = new List<int>();
        for (var r = 0; r < quotesPerReport.Count; r++)
        {
            foreach (var q in quotesPerReport[r])
            {
                segments.Clear();
                segment.Clear();
                flat.Clear();
                var i = 0;
                while (TextNormalizer.NextWord(q.Text, ref i, out var start))
                {
                    if (start < 0) // an ellipsis ends a segment
                    {
                        if (segment.Count > 0) segments.Add(segment.ToArray());
                        segment.Clear();
                        continue;
                    }
                    var word = vocabulary.Fold(q.Text.AsSpan(start, i - start));
                    if (word.Text.Length == 0) continue;
                    segment.Add(word.Id);
                    flat.Add(word.Id);
                }
                if (segment.Count > 0) segments.Add(segment.ToArray());
                if (flat.Count == 0) continue;
                items.Add(new Item(r, q, segments.ToArray(), segments.Count == 1 ? segments[0] : flat.ToArray()));
            }
        }
        return items;
    }

    /// <summary>A stable sort by position (the passages of one report in one row are few).</summary>
    private static void SortByStart(List<Item> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && items[j].Quote.Start > item.Quote.Start)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    /// <summary>
    /// The first passage (in text order) of each wording: a later one with the same words is one
    /// <see cref="Kept"/> drops for the first, and it covers no passage that the first does not.
    /// </summary>
    private static List<Item> FirstOfEachWording(List<Item> own)
    {
        if (own.Count <= 2) return own;
        var seen = new HashSet<int[]>(WordIds.Comparer);
        var first = new List<Item>(own.Count);
        foreach (var m in own) if (seen.Add(m.Flat)) first.Add(m);
        return first;
    }

    /// <summary>Each distinct wording once, without the fragments another passage of the same report contains.</summary>
    private static IEnumerable<string> Kept(List<Item> own)
    {
        foreach (var m in own)
        {
            var dropped = false;
            foreach (var o in own)
            {
                if (ReferenceEquals(o, m)) continue;
                var covers = o.Flat.Length > m.Flat.Length || (o.Quote.Start < m.Quote.Start && o.Flat.AsSpan().SequenceEqual(m.Flat));
                if (covers && ContainedInOrder(m.Segments, o.Flat))
                {
                    dropped = true;
                    break;
                }
            }
            if (!dropped) yield return m.Quote.Text;
        }
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
