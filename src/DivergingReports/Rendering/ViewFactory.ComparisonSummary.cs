using System.Globalization;
using DivergingReports.Analysis;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

public sealed partial class ViewFactory
{
    /// <summary>The rows of each kind a summarised story shows: the rest are in its data file.</summary>
    public const int SummaryRows = 20;

    /// <summary>The reports a row of a summary names; "and K more" stands for the rest.</summary>
    public const int SummaryOutlets = 24;

    /// <summary>What the texts of a story of many reports show, without a cell or a line for every report of every row or pair.</summary>
    private ComparisonSummaryView SummaryOf(PlannedStory planned, Comparison comparison)
    {
        var links = planned.Reports.Select(r => new LinkView(r.Source.Name, "#" + r.Anchor)).ToArray();
        var total = links.Length;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < total; i++) index.TryAdd(planned.Reports[i].Key, i);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < comparison.Reprints.Count; g++)
            foreach (var key in comparison.Reprints[g].Keys) groupOf[key] = g;

        SummaryRowView Row<T>(string label, string? note, bool highlight, string verb, PerReport<T> perReport, Func<T, string?> text)
        {
            var cells = perReport.Entries.Take(SummaryOutlets).Select(e => new SummaryCellView(links[e.Report], text(e.Value))).ToArray();
            var reach = string.Create(CultureInfo.InvariantCulture, $"{verb} {perReport.Held} of {total} reports");
            return new SummaryRowView(label, note, highlight, reach, cells, perReport.Held - cells.Length);
        }

        // The most significant rows: those the reports disagree on or share, then those most reports have.
        var quotes = comparison.Quotes.OrderByDescending(q => q.Shared).ThenByDescending(q => q.PerOutlet.Held).ToArray();
        var figures = comparison.Figures.OrderByDescending(f => f.Differs).ThenByDescending(f => f.HedgesDiffer).ThenByDescending(f => f.PerOutlet.Held).ToArray();
        var names = comparison.Names.OrderByDescending(n => n.MentionsPerOutlet.Held).ToArray();
        return new ComparisonSummaryView
        {
            ReportCount = total,
            Quotes = new SummaryListView(quotes.Take(SummaryRows).Select(q => Row(q.Text, q.Shared ? "Quoted by several reports" : null, q.Shared, "Quoted by",
                q.PerOutlet, words => words is null || words == q.Text ? null : $"quotes part: “{words}”")).ToArray(), Math.Max(0, quotes.Length - SummaryRows)),
            Figures = new SummaryListView(figures.Take(SummaryRows).Select(f => Row(f.Subject, FigureNote(f), f.Differs || f.HedgesDiffer, "Given by",
                f.PerOutlet, phrases => string.Join("; ", phrases))).ToArray(), Math.Max(0, figures.Length - SummaryRows)),
            Names = new SummaryListView(names.Take(SummaryRows).Select(n => Row(n.Name, SpellingVariants(n), !n.Shared, "Named by",
                n.MentionsPerOutlet, count => count == 1 ? null : $"{count} times")).ToArray(), Math.Max(0, names.Length - SummaryRows)),
            Closest = comparison.Closest.Select(c =>
            {
                var self = index[c.Key];
                if (c.Other is null) return new ClosestView(links[self], null, "0%", false);
                var reprint = groupOf.TryGetValue(c.Key, out var g) && groupOf.TryGetValue(c.Other, out var h) && g == h;
                return new ClosestView(links[self], links[index[c.Other]], Percent(c.Shared), reprint);
            }).ToArray(),
        };
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
