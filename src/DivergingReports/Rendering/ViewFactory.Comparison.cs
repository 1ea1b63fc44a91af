using System.Globalization;
using DivergingReports.Analysis;
using DivergingReports.Planning;
using DivergingReports.Rendering.Views;

namespace DivergingReports.Rendering;

public sealed partial class ViewFactory
{
    private ComparisonView ComparisonOf(PlannedStory planned, Comparison comparison)
    {
        if (comparison.Summarised)
        {
            return new ComparisonView
            {
                Reports = planned.Reports.Select(r => new LinkView(r.Source.Name, "#" + r.Article.Id)).ToArray(),
                Quotes = [],
                Figures = [],
                Names = [],
                Overlaps = [],
                Lengths = comparison.Lengths.Select((l, i) => new LengthView(planned.Reports[i].Source.Name, l.Words, l.ReadingMinutes)).ToArray(),
                Summary = SummaryOf(planned, comparison),
            };
        }
        var outlets = planned.Reports.Select(r => r.Source.Name).ToArray();
        IReadOnlyList<ComparisonCellView> Cells<T>(IReadOnlyList<T> perReport, Func<T, string?> text) =>
            perReport.Select((value, i) => new ComparisonCellView(outlets[i], text(value))).ToArray();
        string NameOf(string key) => planned.Reports.First(r => r.Article.Id == key).Source.Name;

        return new ComparisonView
        {
            Reports = planned.Reports.Select(r => new LinkView(r.Source.Name, "#" + r.Article.Id)).ToArray(),
            // The row names the quotation; a cell shows the words only when the report quotes a part of it.
            Quotes = comparison.Quotes.Select(q => new ComparisonRowView(q.Text, q.Shared ? "Quoted by several reports" : null, q.Shared,
                Cells(q.PerOutlet, words => words is null ? null : words == q.Text ? "Quoted" : $"Quotes part: “{words}”"))).ToArray(),
            Figures = comparison.Figures.Select(f => new ComparisonRowView(f.Subject, f.Differs ? "The reports give different figures" : null, f.Differs,
                Cells(f.PerOutlet, phrases => phrases.Count == 0 ? null : string.Join("; ", phrases)))).ToArray(),
            Names = comparison.Names.Select(n => new ComparisonRowView(n.Name, SpellingVariants(n), !n.Shared,
                Cells(n.MentionsPerOutlet, count => count == 0 ? null : count == 1 ? "Named once" : $"Named {count} times"))).ToArray(),
            Overlaps = comparison.Overlaps.Select(o => new OverlapView(NameOf(o.A), NameOf(o.B),
                (o.Shared * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
                comparison.Reprints.Any(g => g.Keys.Contains(o.A) && g.Keys.Contains(o.B)))).ToArray(),
            Lengths = comparison.Lengths.Select(l => new LengthView(NameOf(l.Key), l.Words, l.ReadingMinutes)).ToArray(),
        };
    }

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
            var names = group.Keys.Select(k => planned.Reports.First(r => r.Article.Id == k).Source.Name).ToArray();
            var list = names.Length == 2 ? $"{names[0]} and {names[1]}" : string.Join(", ", names[..^1]) + " and " + names[^1];
            return $"{list} carry one text, counted once.";
        }).ToArray();
    }
}
