using System.Globalization;
using DivergingReports.Analysis;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

public sealed partial class ViewFactory
{
    private ComparisonView ComparisonOf(PlannedStory planned, Comparison comparison)
    {
        var columns = planned.Reports
            .Select(r => new ComparisonColumnView(new LinkView(r.Source.Name, "#" + r.Anchor), r.Source.Country is { } c ? CountryName(c) : null))
            .ToArray();
        if (comparison.Summarised)
        {
            return new ComparisonView
            {
                Reports = columns,
                Quotes = ComparisonTableView.Empty,
                Figures = ComparisonTableView.Empty,
                Names = ComparisonTableView.Empty,
                Overlaps = [],
                UnsharedPairs = 0,
                Lengths = comparison.Lengths.Select((l, i) => new LengthView(planned.Reports[i].Source.Name, l.Words, l.ReadingMinutes)).ToArray(),
                Summary = SummaryOf(planned, comparison),
                Contents = Contents(comparison.Quotes.Count, comparison.Figures.Count, comparison.Names.Count, partWays: null),
            };
        }
        ComparisonRowView Row<T>(Rows kind, string label, string? note, RowStanding standing, IReadOnlyList<T> perReport, Func<T, string?> text)
        {
            var cells = perReport.Select((value, i) => new ComparisonCellView(columns[i].Outlet.Text, columns[i].Country, text(value))).ToArray();
            var silent = cells.Where(c => c.Text is null).Select(c => c.Outlet).ToArray();
            return new ComparisonRowView(label, note, standing == RowStanding.Disagree, cells, silent, kind.SilentLine(silent, cells.Length));
        }
        string NameOf(string key) => planned.Reports.First(r => r.Key == key).Source.Name;

        var shared = comparison.Overlaps.Where(o => o.Shared > 0).ToArray();
        // The row names the quotation; a cell shows the words only when the report quotes other words than those (a part of it).
        var quotes = Table(comparison.Quotes, RowStandings.Of, Rows.Quotes, columns, (q, standing) =>
        {
            var other = RowStandings.OtherWords(q);
            return Row(Rows.Quotes, q.Text, QuoteNote(standing), standing,
                q.PerOutlet, words => words is null ? null : other.Any(o => o.Words == words) ? $"Quotes part: “{words}”" : "Quoted");
        });
        var figures = Table(comparison.Figures, RowStandings.Of, Rows.Figures, columns, (f, standing) => Row(Rows.Figures, f.Subject, FigureNote(f), standing,
            f.PerOutlet, phrases => phrases.Count == 0 ? null : string.Join("; ", phrases)));
        var names = Table(comparison.Names, RowStandings.Of, Rows.Names, columns, (n, standing) => Row(Rows.Names, n.Name, SpellingVariants(n), standing,
            n.MentionsPerOutlet, count => count == 0 ? null : count == 1 ? "Named once" : $"Named {count} times"));
        return new ComparisonView
        {
            Reports = columns,
            Quotes = quotes,
            Figures = figures,
            Names = names,
            Overlaps = shared.Select(o => new OverlapView(NameOf(o.A), NameOf(o.B), SharedPercent(o.Shared),
                comparison.Reprints.Any(g => g.Keys.Contains(o.A) && g.Keys.Contains(o.B)))).ToArray(),
            UnsharedPairs = comparison.Overlaps.Count - shared.Length,
            Lengths = comparison.Lengths.Select(l => new LengthView(NameOf(l.Key), l.Words, l.ReadingMinutes)).ToArray(),
            Contents = Contents(quotes.Count, figures.Count, names.Count, quotes.Differing.Count + figures.Differing.Count + names.Differing.Count),
        };
    }

    /// <summary>"15 quotations, 11 figures and 23 names: the reports part ways on 13" (what they part ways on left out when not counted).</summary>
    private static string Contents(int quotes, int figures, int names, int? partWays)
    {
        static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
        var parts = new[] { (quotes, "quotation", "quotations"), (figures, "figure", "figures"), (names, "name", "names") }
            .Where(p => p.Item1 > 0).Select(p => Count(p.Item1, p.Item2, p.Item3)).ToArray();
        if (parts.Length == 0) return "Shared text and length";
        var list = parts.Length == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        return partWays switch
        {
            null => list,
            0 => list + ": the reports part ways on none",
            _ => string.Create(CultureInfo.InvariantCulture, $"{list}: the reports part ways on {partWays}"),
        };
    }

    /// <summary>The rows the reports part ways on, in the analysis's order, then the rest, with what the rest holds.</summary>
    private static ComparisonTableView Table<T>(IReadOnlyList<T> rows, Func<T, RowStanding> standingOf, Rows kind, IReadOnlyList<ComparisonColumnView> columns, Func<T, RowStanding, ComparisonRowView> view)
    {
        var reports = columns.Count;
        var differing = new List<ComparisonRowView>();
        var rest = new List<ComparisonRowView>();
        bool oneReport = false, alike = false;
        foreach (var row in rows)
        {
            var standing = standingOf(row);
            if (standing.ShownFirst()) differing.Add(view(row, standing));
            else
            {
                rest.Add(view(row, standing));
                oneReport |= standing == RowStanding.OneReport;
                alike |= standing == RowStanding.Alike;
            }
        }
        return new ComparisonTableView(differing, rest, rest.Count == 0 ? "" : kind.Summary(rest.Count, differing.Count > 0, oneReport, alike, reports))
        {
            RestGroups = RestGroups(rest, kind, columns),
        };
    }

    /// <summary>The rest as lists: each report's own rows, in report order, then those every report has alike.</summary>
    private static IReadOnlyList<ComparisonRestGroupView> RestGroups(IReadOnlyList<ComparisonRowView> rest, Rows kind, IReadOnlyList<ComparisonColumnView> columns)
    {
        var own = new List<ComparisonRestItemView>?[columns.Count];
        var all = new List<ComparisonRestItemView>();
        foreach (var row in rest)
        {
            var held = row.Cells.Select((cell, i) => (cell.Text, Column: i)).Where(c => c.Text is not null).ToArray();
            if (held.Length == 1)
            {
                (own[held[0].Column] ??= []).Add(new(row.Label, row.Note, Detail(held[0].Text)));
                continue;
            }
            // Every report has it: one detail when they say the same, else each report's.
            var details = held.Select(c => Detail(c.Text)).ToArray();
            all.Add(new(row.Label, row.Note, details.All(d => d == details[0]) ? details[0]
                : string.Join("; ", held.Select((c, i) => $"{row.Cells[c.Column].Outlet}: {details[i] ?? kind.Plain}"))));
        }
        var groups = own.Select((items, i) => items is null ? null : new ComparisonRestGroupView(columns[i].Outlet.Text, columns[i].Outlet.Url, columns[i].Country, items))
            .OfType<ComparisonRestGroupView>().ToList();
        if (all.Count > 0) groups.Add(new(columns.Count == 2 ? "Both reports" : string.Create(CultureInfo.InvariantCulture, $"All {columns.Count} reports"), null, null, all));
        return groups;

        // What a report has, when it says more than that it has it ("Quoted" says no more than the list's heading).
        string? Detail(string? text) => text == kind.Plain ? null : text;
    }

    // The table's caption says its rows are quoted by several reports, and the lists say who: only the wording is worth a note.
    private static string? QuoteNote(RowStanding standing) =>
        standing == RowStanding.Disagree ? "Quoted by several reports, in different words" : null;

    private static string? FigureNote(FigureRow figure) =>
        figure.Differs ? "The reports give different figures"
        : figure.HedgesDiffer ? "The amounts agree but the hedges point different ways" : null;

    /// <summary>"12%" of the shorter report's wording; "under 1%" rather than a "0%" that is not nothing.</summary>
    private static string SharedPercent(double fraction) => fraction < 0.005 ? "under 1%" : Percent(fraction);

    /// <summary>"Also written Zelenskyy": other spellings, not the same name shortened ("Zelensky" for "Volodymyr Zelensky").</summary>
    private static string? SpellingVariants(NameRow name)
    {
        var words = name.Name.Split(' ');
        var others = name.Variants.Where(v => v != name.Name && !v.Split(' ').All(words.Contains)).ToArray();
        return others.Length == 0 ? null : "Also written " + string.Join(", ", others);
    }

    /// <summary>"A and B carry one text, counted once." for each group of reprints.</summary>
    private IReadOnlyList<string> Reprints(PlannedStory planned, Comparison comparison)
    {
        return comparison.Reprints.Select(group =>
        {
            var names = group.Keys.Select(k => planned.Reports.First(r => r.Key == k).Source.Name).ToArray();
            var list = names.Length == 2 ? $"{names[0]} and {names[1]}" : string.Join(", ", names[..^1]) + " and " + names[^1];
            return $"{list} carry one text, counted once.";
        }).ToArray();
    }

    /// <summary>How the rows behind a table's disclosure are named: "12 more figures, given by one report or the same in all".</summary>
    /// <param name="ByAll">Rows every report has alike, after "or"; <paramref name="ByAllAlone"/> when they are all there is.</param>
    /// <param name="NotBy">How the line naming the reports with nothing for a row begins: "Not quoted by".</param>
    /// <param name="Plain">A cell's text that says only that the report has it ("Quoted"), left out of the lists of the rest; null when every cell says more.</param>
    private sealed record Rows(string One, string Many, string ByOneReport, string ByAll, string ByAllAlone, string NotBy, string? Plain)
    {
        public static readonly Rows Quotes = new("quotation", "quotations", "quoted by one report", "in the same words by {0}", "quoted in the same words by {0}", "Not quoted by", "Quoted");
        public static readonly Rows Figures = new("figure", "figures", "given by one report", "the same in {0}", "the same in {0}", "No figure from", null);
        public static readonly Rows Names = new("name", "names", "named by one report", "by {0}", "named by {0}", "Not named by", null);

        /// <summary>"Not named by: A, B", or when they are most of the reports "Not named by the other 5 reports"; null when none is silent.</summary>
        public string? SilentLine(IReadOnlyList<string> silent, int reports) =>
            silent.Count == 0 ? null
            : silent.Count * 2 > reports ? string.Create(CultureInfo.InvariantCulture, $"{NotBy} the other {silent.Count} report{(silent.Count == 1 ? "" : "s")}")
            : $"{NotBy}: {string.Join(", ", silent)}";

        public string Summary(int count, bool more, bool oneReport, bool alike, int reports)
        {
            var all = reports == 2 ? "both" : "all";
            var what = oneReport && alike ? $"{ByOneReport} or {string.Format(CultureInfo.InvariantCulture, ByAll, all)}"
                : oneReport ? ByOneReport
                : string.Format(CultureInfo.InvariantCulture, ByAllAlone, all);
            return string.Create(CultureInfo.InvariantCulture, $"{count} {(more ? "more " : "")}{(count == 1 ? One : Many)}, {what}");
        }
    }
}
