using System.Globalization;

namespace DivergingReports.Model;

/// <summary>
/// A date as an editor wrote it: a day, or a moment with its offset. Dates without an offset were
/// read in the site's time zone, so <see cref="Instant"/> is always exact.
/// </summary>
public readonly record struct ContentDate(DateTimeOffset Instant, bool HasTime) : IComparable<ContentDate>
{
    public int CompareTo(ContentDate other) => Instant.CompareTo(other.Instant);

    /// <summary>The day in the site's time zone, as YYYY-MM-DD.</summary>
    public string Day => Instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() =>
        HasTime ? Instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : Day;
}
