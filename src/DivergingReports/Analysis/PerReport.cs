using System.Collections;

namespace DivergingReports.Analysis;

/// <summary>
/// A value for each report of a story, in report order, held only for the reports that have one:
/// a row of a story of hundreds of reports, where most have nothing in most rows, takes the room
/// of what it holds. Read as a list it has an entry per report (<see cref="Empty"/> for the others);
/// <see cref="Entries"/> gives only those that have one.
/// </summary>
public sealed class PerReport<T> : IReadOnlyList<T>
{
    private readonly int[] _reports;
    private readonly T[] _values;

    /// <param name="count">The story's reports.</param>
    /// <param name="entries">The reports that have a value, in ascending report order, each once.</param>
    /// <param name="empty">What a report without a value reads as (null, an empty list, 0).</param>
    public PerReport(int count, IReadOnlyList<(int Report, T Value)> entries, T empty)
    {
        Count = count;
        Empty = empty;
        _reports = new int[entries.Count];
        _values = new T[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0 && entries[i].Report <= entries[i - 1].Report) throw new ArgumentException("entries must be in ascending report order, each report once", nameof(entries));
            (_reports[i], _values[i]) = entries[i];
        }
    }

    public int Count { get; }

    public T Empty { get; }

    /// <summary>How many reports have a value.</summary>
    public int Held => _reports.Length;

    /// <summary>The reports that have a value, with it, in report order.</summary>
    public IEnumerable<(int Report, T Value)> Entries
    {
        get
        {
            for (var i = 0; i < _reports.Length; i++) yield return (_reports[i], _values[i]);
        }
    }

    public T this[int report]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(report);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(report, Count);
            var at = Array.BinarySearch(_reports, report);
            return at >= 0 ? _values[at] : Empty;
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        var next = 0;
        for (var r = 0; r < Count; r++)
            yield return next < _reports.Length && _reports[next] == r ? _values[next++] : Empty;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
