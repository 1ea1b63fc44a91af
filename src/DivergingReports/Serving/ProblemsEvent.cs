using System.Text;
using System.Text.Json;
using DivergingReports.Diagnostics;

namespace DivergingReports.Serving;

/// <summary>
/// The server-sent event that lists the problems of a failed rebuild for the browser's overlay:
/// <c>{"problems":[{file,line,column,code,message,hint}…],"more":n}</c>. Its size is bounded, as
/// every browser's stream holds a copy in flight: a save that breaks thousands of lines lists the
/// first problems and counts the rest (the terminal lists them all).
/// </summary>
public static class ProblemsEvent
{
    /// <summary>The size the listed problems stop at (one problem is always listed).</summary>
    public const int MostCharacters = 32 * 1024;

    /// <summary>The longest file, message or hint shown; longer ones are cut with "…".</summary>
    public const int LongestText = 1000;

    public static string Of(IReadOnlyList<Diagnostic> problems)
    {
        var listed = new StringBuilder("[");
        var count = 0;
        foreach (var p in problems)
        {
            var item = JsonSerializer.Serialize(new
            {
                file = Cut(p.Location.Path),
                line = p.Location.Line,
                column = p.Location.Column,
                code = p.Code,
                message = Cut(p.Message),
                hint = p.Hint is null ? null : Cut(p.Hint),
            });
            if (count > 0 && listed.Length + item.Length > MostCharacters) break;
            if (count > 0) listed.Append(',');
            listed.Append(item);
            count++;
        }
        listed.Append(']');
        return $"event: problems\ndata: {{\"problems\":{listed},\"more\":{problems.Count - count}}}\n\n";
    }

    internal static string Cut(string text)
    {
        if (text.Length <= LongestText) return text;
        var end = LongestText - 1;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return text[..end] + "…";
    }
}
