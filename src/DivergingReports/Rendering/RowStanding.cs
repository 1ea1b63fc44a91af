using System.Text;
using DivergingReports.Analysis;

namespace DivergingReports.Rendering;

/// <summary>
/// Where a row of "What the texts show" stands: the first two are what a reader should see first
/// (the reports part ways on it), the other two wait behind a disclosure.
/// </summary>
internal enum RowStanding
{
    /// <summary>The reports that have it disagree: quoted in different words, different amounts, or hedges that point different ways.</summary>
    Disagree,
    /// <summary>Two reports or more have it and at least one is silent on it.</summary>
    LeftOut,
    /// <summary>One report alone has it.</summary>
    OneReport,
    /// <summary>Every report has it, alike.</summary>
    Alike,
}

/// <summary>Tells where each kind of row stands.</summary>
internal static class RowStandings
{
    public static bool ShownFirst(this RowStanding standing) => standing is RowStanding.Disagree or RowStanding.LeftOut;

    public static RowStanding Of(QuoteRow quote) => Of(quote.PerOutlet.Held, quote.PerOutlet.Count, quote.Shared && DifferentWording(quote));

    public static RowStanding Of(FigureRow figure) => Of(figure.PerOutlet.Held, figure.PerOutlet.Count, figure.Differs || figure.HedgesDiffer);

    // A name has nothing to disagree on: it is named or not.
    public static RowStanding Of(NameRow name) => Of(name.MentionsPerOutlet.Held, name.MentionsPerOutlet.Count, disagree: false);

    private static RowStanding Of(int held, int reports, bool disagree) =>
        disagree && held >= 2 ? RowStanding.Disagree
        : held <= 1 ? RowStanding.OneReport
        : held < reports ? RowStanding.LeftOut
        : RowStanding.Alike;

    /// <summary>Whether two of the reports quoting it quote different words (a part of it, or other parts); case, punctuation and quotation marks aside.</summary>
    private static bool DifferentWording(QuoteRow quote)
    {
        string? first = null;
        foreach (var (_, words) in quote.PerOutlet.Entries)
        {
            if (words is null) continue;
            var folded = Fold(words);
            if (first is null) first = folded;
            else if (folded != first) return true;
        }
        return false;
    }

    /// <summary>Whether two quoted passages are the same words: case, punctuation, quotation marks and apostrophes aside.</summary>
    public static bool SameWords(string a, string b) => a == b || Fold(a) == Fold(b);

    /// <summary>The words alone, lower-case, one space apart; an ellipsis (words left out) stays, as "…".</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ellipsis = c == '…' || (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.');
            if (ellipsis)
            {
                while (i + 1 < text.Length && text[i + 1] == '.') i++;
                if (folded.Length > 0) folded.Append(' ');
                folded.Append('…');
                space = true;
            }
            else if (IsWordPart(c))
            {
                if (space && folded.Length > 0) folded.Append(' ');
                folded.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’')) space = true; // "didn't" and "didn’t" are one word
        }
        return folded.ToString();
    }

    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
