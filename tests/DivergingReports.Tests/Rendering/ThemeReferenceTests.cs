using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using DivergingReports.Content;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Pages;
using DivergingReports.Rendering.Templates;
using DivergingReports.Rendering.Views;
using DivergingReports.Tests.Support;
using Scriban.Runtime;

namespace DivergingReports.Tests.Rendering;

/// <summary>
/// The theme's README is the field reference theme authors work from: a section per template
/// lists every name the template's view holds, by its name in templates, and the shared shapes
/// once each. It may not drift from the views: every field it documents exists, every field that
/// exists is documented, and each row says the shape it is and whether it may be null. The
/// README's "Reading the field tables" says how its tables are written; this reads them so.
/// </summary>
public class ThemeReferenceTests
{
    private static string ReadmePath => Path.Combine(TestProject.RepositoryRoot(), "src", "DivergingReports", "Theme", "README.md");

    /// <summary>The view each page template receives (Rendering/Pages: each page's template; base.sbn gets the layout's around it).</summary>
    private static readonly IReadOnlyDictionary<string, Type> TemplateViews = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["base.sbn"] = typeof(LayoutView),
        ["home.sbn"] = typeof(HomeView),
        ["story.sbn"] = typeof(StoryView),
        ["sources.sbn"] = typeof(SourcesView),
        ["source.sbn"] = typeof(SourceView),
        ["countries.sbn"] = typeof(IndexView),
        ["tags.sbn"] = typeof(IndexView),
        ["listing.sbn"] = typeof(ListingView),
        ["blindspots.sbn"] = typeof(BlindspotsView),
        ["page.sbn"] = typeof(PageView),
        ["search.sbn"] = typeof(SearchView),
        ["404.sbn"] = typeof(NotFoundView),
    };

    /// <summary>The shapes documented once, under "Shared shapes", by the name the README gives them.</summary>
    private static readonly IReadOnlyDictionary<string, Type> Shapes = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["link"] = typeof(LinkView),
        ["date"] = typeof(DateView),
        ["card"] = typeof(StoryCardView),
        ["pagination"] = typeof(PaginationView),
        ["comparison table"] = typeof(ComparisonTableView),
        ["comparison row"] = typeof(ComparisonRowView),
        ["summary list"] = typeof(SummaryListView),
    };

    [Fact]
    public void The_readme_has_a_section_for_every_page_template_and_every_shared_shape()
    {
        var sections = Readme();
        var problems = new List<string>();
        var templates = Theme.PageTemplates.Select(t => t + Theme.TemplateExtension).ToHashSet(StringComparer.Ordinal);
        foreach (var name in templates.Where(t => !TemplateViews.ContainsKey(t)))
            problems.Add($"{name} is a page template but this test does not say which view it receives: add it to {nameof(TemplateViews)}");
        foreach (var name in TemplateViews.Keys.Where(t => !templates.Contains(t)))
            problems.Add($"{name} is in {nameof(TemplateViews)} but is not a page template (Theme.PageTemplates)");

        var documented = sections.Where(s => !s.IsShape).SelectMany(s => s.Names).ToArray();
        foreach (var name in TemplateViews.Keys.Where(t => !documented.Contains(t)))
            problems.Add($"README.md has no section for {name}: add one headed ## `{name}` — …");
        foreach (var section in sections.Where(s => !s.IsShape))
        {
            foreach (var name in section.Names.Where(n => !TemplateViews.ContainsKey(n)))
                problems.Add($"README.md line {section.Line}: the section for `{name}` names no page template");
            var views = section.Names.Where(TemplateViews.ContainsKey).Select(n => TemplateViews[n]).Distinct().ToArray();
            if (views.Length > 1)
                problems.Add($"README.md line {section.Line}: one section for {string.Join(" and ", section.Names)}, whose views differ ({string.Join(", ", views.Select(v => v.Name))}): give each its own section");
        }
        foreach (var name in documented.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"README.md has more than one section for {name}");

        var shapes = sections.Where(s => s.IsShape).Select(s => s.Names[0]).ToArray();
        foreach (var shape in Shapes.Keys.Where(s => !shapes.Contains(s)))
            problems.Add($"README.md has no section for the shared shape '{shape}': add one headed ### `{shape}` under ## Shared shapes");
        foreach (var shape in shapes.Where(s => !Shapes.ContainsKey(s)))
            problems.Add($"README.md documents a shared shape '{shape}' this test does not know: add it to {nameof(Shapes)}, with its view type");

        Assert.True(problems.Count == 0, "The theme's README and its sections disagree:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_field_the_readme_documents_is_a_field_of_the_view()
    {
        var problems = new List<string>();
        foreach (var (section, view, fields) in Documented())
        {
            var known = fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
            foreach (var row in section.Rows.Where(r => !known.ContainsKey(r.Path)))
            {
                // The nearest field the path goes through, to say whose field is missing.
                var parent = fields.Where(f => row.Path.StartsWith(f.Path + ".", StringComparison.Ordinal) || row.Path.StartsWith(f.Path + "[].", StringComparison.Ordinal))
                    .MaxBy(f => f.Path.Length);
                var where = $"README.md line {row.Line}, {section.Title}: `{row.Path}` is documented";
                problems.Add(parent is null ? $"{where}, but {view.Name} has no such field (renamed or removed?)"
                    : parent.Shape is not null ? $"{where}, but `{parent.Path}` is the shared shape '{parent.Shape}', documented once under Shared shapes: remove the row"
                    : $"{where}, but {parent.Inner.Name} (`{parent.Path}`) has no field '{row.Path[(parent.Path.Length + (row.Path[parent.Path.Length] == '.' ? 1 : 3))..]}' (renamed or removed?)");
            }
            foreach (var path in section.Rows.GroupBy(r => r.Path).Where(g => g.Count() > 1).Select(g => g.Key))
                problems.Add($"README.md, {section.Title}: `{path}` is documented more than once");
        }
        Assert.True(problems.Count == 0, "The theme's README documents fields the views do not have:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_field_of_every_view_is_documented_in_the_readme()
    {
        var problems = new List<string>();
        foreach (var (section, view, fields) in Documented())
        {
            var rows = section.Rows.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var field in fields.Where(f => !rows.Contains(f.Path)))
                problems.Add($"{section.Title}: `{field.Path}` ({field.Property}) is not documented: add a row for it to README.md's section (line {section.Line})");
        }
        Assert.True(problems.Count == 0, "The views have fields the theme's README does not document:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_documented_field_says_its_shape_whether_it_is_html_and_whether_it_may_be_null()
    {
        var problems = new List<string>();
        foreach (var (section, _, fields) in Documented())
        {
            var rows = section.Rows.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var field in fields)
            {
                if (!rows.TryGetValue(field.Path, out var row)) continue;
                var where = $"README.md line {row.Line}, {section.Title}: `{field.Path}` ({field.Property})";
                var saysNull = row.Type.Contains("may be null", StringComparison.Ordinal);
                if (field.Nullable && !saysNull) problems.Add($"{where} can be null, but its type does not say \"may be null\"");
                if (!field.Nullable && saysNull) problems.Add($"{where} is never null, but its type says \"may be null\"");
                if (field.Shape is { } shape && !Regex.IsMatch(row.Type, $@"\b{Regex.Escape(shape)}s?\b"))
                    problems.Add($"{where} is the shared shape '{shape}', but its type, \"{row.Type}\", does not name it");
                var saysHtml = Regex.IsMatch(row.Type, @"\bHTML\b");
                if (field.Html && !saysHtml) problems.Add($"{where} is HTML (written as it is), but its type, \"{row.Type}\", does not say HTML");
                if (!field.Html && saysHtml) problems.Add($"{where} is escaped when written, but its type, \"{row.Type}\", says HTML");
            }
        }
        Assert.True(problems.Count == 0, "The theme's README describes fields wrongly:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_fields_written_as_html_are_exactly_those_whose_names_end_in_html_or_json()
    {
        // The README's rule for escaping, which theme authors go by: a name says whether its value is written as it is.
        var problems = TemplateViews.Values.Concat(Shapes.Values).Distinct().SelectMany(view => Fields(view, ""))
            .Where(f => f.Html != Regex.IsMatch(f.Path, @"(^|[._])(html|json)$"))
            .Select(f => f.Html ? $"{f.Property} is HTML, written as it is, but its name, `{f.Path}`, does not end in html or json"
                : $"{f.Property} is escaped when written, but its name, `{f.Path}`, ends in html or json")
            .Distinct()
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_views_this_test_reads_are_those_the_pages_are_made_with()
    {
        using var project = new TestProject();
        project.Write("content/pages/about.md", "---\ntitle: About\n---\n\nWhat the site is.\n");
        var loaded = PublicationLoader.Load(project.Paths);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        // With search, so that the search page is made too.
        var plan = new SitePlan(loaded.Publication, new BuildOptions(Search: true));
        var views = new ViewFactory(plan);
        var analysis = new StoryAnalysis(new ArticleTexts(project.Paths, plan.Site), views.Markdown, plan.Publication.Sources.Select(s => s.Name).ToArray(), plan.Site);
        var templates = new RecordingTemplates();
        foreach (var file in new SitePages(new PageMaker(plan, views, analysis, templates, Theme.BuiltIn)).All().Where(f => f.Template is not null))
            file.Bytes();

        var problems = new List<string>();
        foreach (var (template, expected) in TemplateViews)
        {
            var name = template[..^Theme.TemplateExtension.Length];
            var made = templates.Views.TryGetValue(name, out var types) ? types.Distinct().ToArray() : [];
            if (made.Length == 0) problems.Add($"{template}: no page of the test publication is made with it");
            else if (made.Length > 1 || made[0] != expected)
                problems.Add($"{template} receives {string.Join(" and ", made.Select(t => t.Name))}, not {expected.Name}: correct {nameof(TemplateViews)} and the README's section");
        }
        foreach (var name in templates.Views.Keys.Where(n => !TemplateViews.ContainsKey(n + Theme.TemplateExtension)))
            problems.Add($"{name}{Theme.TemplateExtension} makes pages but is not in {nameof(TemplateViews)}");
        Assert.True(problems.Count == 0, "The views pages are made with are not those the README is checked against:\n" + string.Join("\n", problems));
    }

    /// <summary>A field as templates see it: its path from the top of the view ("reports[].outlet"), and what the README must say of it.</summary>
    private sealed record Field(string Path, string Property, bool Nullable, bool Html, string? Shape, Type Inner);

    /// <summary>A row of a field table: the field's path (its first cell, in backticks) and its type cell.</summary>
    private sealed record Row(string Path, string Type, int Line);

    /// <summary>A section of field tables: the templates its heading names (or the one shared shape), with its rows.</summary>
    private sealed record Section(IReadOnlyList<string> Names, bool IsShape, int Line, List<Row> Rows)
    {
        public string Title => IsShape ? $"shared shape '{Names[0]}'" : string.Join(" and ", Names);
    }

    /// <summary>Each section of the README whose view is known, with that view's fields.</summary>
    private static IEnumerable<(Section Section, Type View, IReadOnlyList<Field> Fields)> Documented()
    {
        foreach (var section in Readme())
        {
            var view = section.IsShape ? Shapes.GetValueOrDefault(section.Names[0])
                : section.Names.Select(n => TemplateViews.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);
            // A section of no known template or shape is reported by the test of the sections.
            if (view is null) continue;
            yield return (section, view, Fields(view, "").ToArray());
        }
    }

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// The fields of <paramref name="view"/> as its templates see them: public instance properties
    /// (what ThemeContext's member filter lets through), named by Scriban's renamer, into nested
    /// views and the items of lists of them; a shared shape is named, not entered.
    /// </summary>
    private static IEnumerable<Field> Fields(Type view, string prefix)
    {
        var properties = view.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod is { IsPublic: true, IsStatic: false } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            var path = prefix + StandardMemberRenamer.Default(property);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var item = ItemOf(type);
            var inner = item ?? type;
            var shape = Shapes.FirstOrDefault(s => s.Value == inner).Key;
            var nullable = Nullability.Create(property).ReadState == NullabilityState.Nullable;
            yield return new Field(path, $"{view.Name}.{property.Name}", nullable, inner == typeof(TrustedHtml), shape, inner);
            if (shape is not null || IsValue(inner)) continue;
            foreach (var field in Fields(inner, path + (item is null ? "." : "[].")))
                yield return field;
        }
    }

    /// <summary>The item type of a list, or null for anything else.</summary>
    private static Type? ItemOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];

    /// <summary>Text, numbers, true/false and HTML: written as they are, with no fields of their own to list.</summary>
    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TrustedHtml);

    /// <summary>
    /// The README's field sections. A <c>##</c> heading that names templates in backticks
    /// (<c>## `story.sbn` — …</c>) opens one; under <c>## Shared shapes</c>, a <c>###</c> heading that
    /// starts with a backticked name (<c>### `link`</c>) opens a shared shape's. Other <c>###</c>
    /// headings only break a template's tables into parts; any other <c>##</c> heading ends the
    /// section. A field row is a table row whose first cell starts with a backticked path.
    /// </summary>
    private static IReadOnlyList<Section> Readme()
    {
        Assert.True(File.Exists(ReadmePath), $"{ReadmePath} is missing");
        var lines = File.ReadAllLines(ReadmePath);
        var sections = new List<Section>();
        Section? current = null;
        var chapter = "";
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            if (fenced) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                chapter = line[3..].Trim();
                var names = Backticked(Before(chapter, " — ")).Where(n => n.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal)).ToArray();
                current = names.Length > 0 ? new Section(names, false, i + 1, []) : null;
                if (current is not null) sections.Add(current);
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                var heading = line[4..].Trim();
                if (chapter == "Shared shapes")
                {
                    current = heading.StartsWith('`') ? new Section([Backticked(heading)[0]], true, i + 1, []) : null;
                    if (current is not null) sections.Add(current);
                }
            }
            else if (current is not null && line.StartsWith('|'))
            {
                var cells = Cells(line);
                if (cells.Count < 2 || !cells[0].StartsWith('`')) continue;
                foreach (var path in Backticked(cells[0]))
                    current.Rows.Add(new Row(path, cells[1], i + 1));
            }
        }
        return sections;
    }

    private static string Before(string text, string separator) => text.IndexOf(separator, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;

    private static IReadOnlyList<string> Backticked(string text) => Regex.Matches(text, "`([^`]+)`").Select(m => m.Groups[1].Value).ToArray();

    /// <summary>The cells of a Markdown table row; <c>\|</c> is a pipe inside a cell.</summary>
    private static IReadOnlyList<string> Cells(string line) =>
        Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();

    /// <summary>Renders nothing; notes which view each template is given.</summary>
    private sealed class RecordingTemplates : ITemplateSet
    {
        public ConcurrentDictionary<string, ConcurrentBag<Type>> Views { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<ThemeFile> FilesOf(string name) => [];

        public void Render(string name, object view, TextWriter output, object? site = null) => Views.GetOrAdd(name, _ => []).Add(view.GetType());
    }
}
