namespace DivergingReports.Benchmarks;

/// <summary>The edits the benchmark makes, each giving new text every time so that pages really change.</summary>
public static class Edits
{
    /// <summary>Rewrites the breakdown's last list item (its last agreement): valid YAML in our corpus and gen.py's alike.</summary>
    public static string Breakdown(string text, string label)
    {
        var at = text.LastIndexOf("\n  - ", StringComparison.Ordinal) + 1;
        if (at == 0) throw new InvalidOperationException("the breakdown has no list item to edit");
        var end = text.IndexOf('\n', at);
        return text[..at] + $"  - It happened ({label})." + (end < 0 ? "\n" : text[end..]);
    }

    /// <summary>Inserts <paramref name="insert"/> before the last <paramref name="find"/> (or appends it).</summary>
    public static string Before(string text, string find, string insert)
    {
        var at = text.LastIndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text + insert : text[..at] + insert + text[at..];
    }
}
