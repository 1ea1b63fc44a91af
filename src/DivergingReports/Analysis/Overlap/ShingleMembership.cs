namespace DivergingReports.Analysis;

/// <summary>
/// Counts, for the reports of a story, each one's distinct shingles and the distinct shingles each
/// pair shares, in one pass: every shingle goes into a table with the set of reports that hold it
/// (a bit per report), and the counts grow as a report adds itself to a shingle. The table is an
/// open-addressing one keyed by the shingle hash itself (already well mixed), kept by the thread
/// from story to story; a slot is in use only if it carries the current story's stamp, so a story
/// begins without clearing it.
/// </summary>
internal sealed class ShingleMembership
{
    /// <summary>The reports a membership mask holds (a slot of sixteen bytes keeps the table small).</summary>
    public const int MaxReports = 32;

    [ThreadStatic] private static ShingleMembership? _current;

    private Slot[] _slots = [];
    private int _mask;
    private int _stamp;
    private int[] _distinct = [];
    private int[,] _shared = new int[0, 0];

    private struct Slot
    {
        public ulong Shingle;
        public uint Reports;
        public int Stamp;
    }

    /// <summary>The thread's table, emptied for a story of <paramref name="reports"/> reports and at most <paramref name="shingles"/> shingles.</summary>
    public static ShingleMembership Start(int reports, int shingles)
    {
        var table = _current ??= new ShingleMembership();
        var size = (int)Math.Max(256, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)shingles * 2));
        // Grown for a story's shingles; made anew after an outsized story, so that one does not keep its table.
        if (table._slots.Length < size || table._slots.Length > 8 * size && table._slots.Length > 1 << 16)
        {
            table._slots = new Slot[size];
            table._stamp = 0;
        }
        table._mask = table._slots.Length - 1;
        if (++table._stamp == int.MaxValue)
        {
            Array.Clear(table._slots);
            table._stamp = 1;
        }
        table._distinct = new int[reports];
        table._shared = new int[reports, reports];
        return table;
    }

    /// <summary>Adds a shingle of a report; reports add theirs in report order.</summary>
    public void Add(ulong shingle, int report)
    {
        var slot = (int)(shingle ^ (shingle >> 32)) & _mask;
        while (_slots[slot].Stamp == _stamp && _slots[slot].Shingle != shingle) slot = (slot + 1) & _mask;
        ref var s = ref _slots[slot];
        if (s.Stamp != _stamp)
        {
            s = new Slot { Shingle = shingle, Reports = 0, Stamp = _stamp };
        }
        var bit = 1u << report;
        if ((s.Reports & bit) != 0) return; // a repeat within the report
        _distinct[report]++;
        // Every report already holding it is earlier in order: the pair shares one more.
        for (var earlier = s.Reports; earlier != 0; earlier &= earlier - 1)
            _shared[System.Numerics.BitOperations.TrailingZeroCount(earlier), report]++;
        s.Reports |= bit;
    }

    /// <summary>Each report's number of distinct shingles.</summary>
    public int[] Distinct => _distinct;

    /// <summary>[i, j] for i before j: the distinct shingles both hold.</summary>
    public int[,] Shared => _shared;
}
