namespace DivergingReports.Diagnostics;

/// <summary>Near-miss suggestions for a mistyped name ("did you mean 'divergences'?").</summary>
public static class Suggestions
{
    /// <summary>The candidates closest to <paramref name="typed"/>, best first; empty when none is close.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates, int most = 3)
    {
        var lowered = typed.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(lowered, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, Math.Min(x.Candidate.Length, typed.Length) / 3)
                        || x.Candidate.Contains(lowered, StringComparison.OrdinalIgnoreCase) && lowered.Length >= 3
                        || lowered.Contains(x.Candidate, StringComparison.OrdinalIgnoreCase) && x.Candidate.Length >= 3)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(most)
            .Select(x => x.Candidate)
            .ToArray();
    }

    /// <summary>"did you mean 'x'?" when something is close, else "known …: a, b, c" (shortened), else null.</summary>
    public static string? Hint(string typed, IReadOnlyCollection<string> candidates, string knownWhat)
    {
        var close = Closest(typed, candidates);
        if (close.Count > 0)
            return "did you mean " + string.Join(" or ", close.Select(c => $"'{c}'")) + "?";
        return Known(candidates, knownWhat);
    }

    /// <summary>"known …: a, b, c", shortened past eight; null when there are none.</summary>
    public static string? Known(IReadOnlyCollection<string> candidates, string knownWhat)
    {
        if (candidates.Count == 0)
            return null;
        var sorted = candidates.OrderBy(c => c, StringComparer.Ordinal).ToArray();
        var shown = string.Join(", ", sorted.Take(8));
        return sorted.Length > 8 ? $"known {knownWhat}: {shown}, … ({sorted.Length} in all)" : $"known {knownWhat}: {shown}";
    }

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
