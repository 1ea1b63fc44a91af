namespace DivergingReports.Analysis;

/// <summary>A report's length.</summary>
/// <param name="Key">The report's key.</param>
/// <param name="Words">Its words (letters or digits, with inner apostrophes, hyphens and dots: "didn’t", "AIM-7", "U.S." count once).</param>
/// <param name="ReadingMinutes">At <see cref="ReportLength.WordsPerMinute"/> words a minute, rounded, at least 1.</param>
public sealed record LengthInfo(string Key, int Words, int ReadingMinutes);

/// <summary>Words and reading time, counted as the story page counts them.</summary>
public static class ReportLength
{
    public const int WordsPerMinute = 230;

    public static LengthInfo Measure(string key, string text)
    {
        var words = CountWords(text);
        return new LengthInfo(key, words, Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute)));
    }

    /// <summary>Counts runs of letters and digits joined by apostrophes, dots or hyphens, like the page's word count.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            count++;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                if (text[i] is '\'' or '\u2019' or '.' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
        }
        return count;
    }
}
