namespace DivergingReports.Tests.Diagnostics;

/// <summary>Breaks a known-good file in exactly one place, failing loudly when the place is not found.</summary>
internal static class TextEdits
{
    /// <summary>Replaces the one occurrence of <paramref name="from"/>; fails the test when it occurs zero or several times.</summary>
    public static string Replacing(this string text, string from, string to)
    {
        text = text.Replace("\r\n", "\n");
        var first = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{from}' not found in:\n{text}");
        Assert.True(text.IndexOf(from, first + 1, StringComparison.Ordinal) < 0, $"'{from}' occurs more than once in:\n{text}");
        return string.Concat(text.AsSpan(0, first), to, text.AsSpan(first + from.Length));
    }
}
