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

    /// <summary>
    /// The reports that quote other words than the quotation's own text (a part of it), with their words,
    /// in report order: the page and the story's data say so of these alone, as the others quote it as it
    /// stands (case, punctuation and quotation marks aside).
    /// </summary>
    public static IReadOnlyList<(int Report, string Words)> OtherWords(QuoteRow quote)
    {
        var whole = Words(quote.Text);
        List<(int, string)>? other = null;
        foreach (var (report, words) in quote.PerOutlet.Entries)
            if (words is not null && words != quote.Text && Words(words) != whole) (other ??= []).Add((report, words));
        return other ?? [];
    }

    /// <summary>Whether two of the reports quoting it quote different words (a part of it, or other parts); case, punctuation and quotation marks aside.</summary>
    private static bool DifferentWording(QuoteRow quote)
    {
        string? first = null;
        foreach (var (_, words) in quote.PerOutlet.Entries)
        {
            if (words is null) continue;
            var folded = Words(words);
            if (first is null) first = folded;
            else if (folded != first) return true;
        }
        return false;
    }

    /// <summary>
    /// A quoted passage's words alone, folded as the comparison folds them (case, diacritics,
    /// punctuation, quotation marks and apostrophes aside), an ellipsis (words left out) kept as
    /// "…": two passages are the same words when these are equal.
    /// </summary>
    public static string Words(string text) => string.Join(' ', TextNormalizer.WordsWithGaps(text).Select(w => w ?? "…"));
}
