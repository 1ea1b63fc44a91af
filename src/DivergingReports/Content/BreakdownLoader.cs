using System.Text.RegularExpressions;
using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;
using YamlDotNet.RepresentationModel;

namespace DivergingReports.Content;

/// <summary>Reads content/breakdowns/&lt;id&gt;.yml: a story and the editor's breakdown of its reports.</summary>
internal static partial class BreakdownLoader
{
    public static Story Load(ContentFile file, string text, SiteSettings site, DiagnosticBag bag)
    {
        var f = Fields.Parse(text, ContentSchema.Breakdown, new FileContext(file.Path, bag));
        var date = f.Date("date", site.TimeZone);
        var updated = f.Date("updated", site.TimeZone);
        if (date is { } d && updated is { } u && (d.HasTime && u.HasTime ? u.CompareTo(d) < 0 : string.CompareOrdinal(u.Day, d.Day) < 0))
            bag.Warning(DiagnosticCode.UpdatedBeforeDate, f.ValueAt("updated"), $"'updated' ({u}) is before the story's date ({d})",
                "check both dates; 'updated' says when the breakdown was last revised");
        // divrep new names the file with the day it was written; the event's day, set inside, is the one readers see.
        if (date is { } day && LeadingDate().Match(file.Id) is { Success: true } named && named.Value[..10] != day.Day)
            bag.Warning(DiagnosticCode.FileDateDiffers, f.ValueAt("date"), $"the file's name says {named.Value[..10]}, but 'date' is {day.Day}",
                $"rename the file to {day.Day}-{file.Id[named.Length..]}.yml (the story's address stays the same), or correct 'date'");

        var (reports, reportsComplete) = Reports(f);
        return new Story
        {
            Id = file.Id,
            Title = f.Text("title") ?? file.Id,
            Date = date ?? default,
            Updated = updated,
            Slug = f.Id("slug") ?? new Claimed<string>(DefaultSlug(file.Id), f.At),
            Draft = f.Bool("draft") ?? false,
            Tags = Tags(f),
            Question = f.Text("question") ?? site.Question,
            Summary = f.Markdown("summary") ?? "",
            Reports = reports,
            ReportsIncomplete = !reportsComplete,
            Divergences = Divergences(f),
            Agreements = (f.TextList("agreements", markdown: true) ?? []).Select(a => a.Value).ToArray(),
            At = FileLocation.StartOf(file.Path),
        };
    }

    /// <summary>The file name without a leading YYYY-MM-DD- date.</summary>
    public static string DefaultSlug(string id)
    {
        var slug = LeadingDate().Replace(id, "");
        return slug.Length > 0 ? slug : id;
    }

    private static IReadOnlyList<string> Tags(Fields f)
    {
        var tags = new List<string>();
        foreach (var tag in f.TextList("tags") ?? [])
        {
            if (!Identifiers.Check(tag.Value, tag.At, "tag", f.File.Bag)) continue;
            if (!tags.Contains(tag.Value)) tags.Add(tag.Value);
        }
        return tags;
    }

    /// <summary>The reports, and whether every item of the list could be read.</summary>
    private static (IReadOnlyList<Report> Reports, bool Complete) Reports(Fields f)
    {
        var items = f.Items("reports");
        if (items is null) return ([], !f.Unreadable && !f.Has("reports"));
        if (items.Count == 0 && f.Has("reports"))
            f.File.Bag.Error(DiagnosticCode.EmptyValue, f.ValueAt("reports"), "'reports' is empty", "list at least one article: '- article: ID'");
        var reports = new List<Report>();
        for (var i = 0; i < items.Count; i++)
        {
            // "- article-id" is shorthand for a report without the editor's summary.
            if (items[i] is YamlScalarNode)
            {
                if (f.Scalar($"reports[{i + 1}]", items[i]) is { } id && IdAt(f, id, items[i]) is { } claimed)
                    reports.Add(new Report(claimed, null));
                continue;
            }
            if (f.Nested($"reports[{i + 1}]", items[i], ContentSchema.Report) is not { } r) continue;
            if (r.Id("article") is { } article)
                reports.Add(new Report(article, r.Markdown("summary")));
        }
        return (reports, reports.Count == items.Count);
    }

    private static Claimed<string>? IdAt(Fields f, string id, YamlNode node)
    {
        var at = f.File.At(node.Start);
        return Identifiers.Check(id, at, "article id", f.File.Bag) ? new Claimed<string>(id, at) : null;
    }

    private static IReadOnlyList<Divergence> Divergences(Fields f)
    {
        var divergences = new List<Divergence>();
        var items = f.Items("divergences") ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (f.Nested($"divergences[{i + 1}]", items[i], ContentSchema.Divergence) is not { } d) continue;
            var positions = new List<DivergencePosition>();
            var pairs = d.Pairs("positions", markdown: true);
            foreach (var (outlet, text) in pairs ?? [])
                if (Identifiers.Check(outlet.Value, outlet.At, "outlet (a source or article id)", f.File.Bag))
                    positions.Add(new DivergencePosition(outlet, text.Value));
            if (pairs is { Count: 0 })
                f.File.Bag.Error(DiagnosticCode.EmptyValue, d.ValueAt("positions"), "'positions' is empty",
                    "give each outlet's position as 'source-id: what it reports'");
            divergences.Add(new Divergence(d.Text("topic") ?? "", positions, d.At));
        }
        return divergences;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex LeadingDate();
}
