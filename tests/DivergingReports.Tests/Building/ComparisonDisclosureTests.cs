using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// "What the texts show" as a reader meets it: each table shows the rows the reports part ways on
/// (they disagree, or two or more have it and another is silent), and the rest waits behind a
/// disclosure that says what it holds and how many, listed under who has it (one outlet, or all the
/// reports alike); each column and each list names its outlet's country; the pairs that share no
/// wording are named once, together; and no text of the content turns into markup or is escaped twice.
/// </summary>
public class ComparisonDisclosureTests
{
    // Read only: built once for the run.
    private readonly BuiltSite _site = ReadOnlySite.SixOutletStory.Site;

    private IDocument Page => _site.Html(SixOutletStory.Page);

    private JsonElement Data => JsonDocument.Parse(_site.Text(SixOutletStory.Page.Replace("index.html", "index.json"))).RootElement;

    private static IElement Kind(IDocument page, string heading) => ComparisonOnPage.Kind(page, heading);

    private static string Label(IElement row) => ComparisonOnPage.Label(row);

    /// <summary>The table's rows (shown first), the rows listed behind the kind's disclosure, and its summary.</summary>
    private static (IElement[] First, ListedRow[] Behind, string? Summary) Split(IElement kind) =>
        (ComparisonOnPage.TableRows(kind), ComparisonOnPage.Listed(kind), ComparisonOnPage.Summary(kind));

    /// <summary>What an empty cell of each kind's table says.</summary>
    private static readonly string[] Empty = ["Not quoted", "No figure", "Not named"];

    /// <summary>A quotation's words alone, for telling whether two reports quote it in the same words.</summary>
    private static string Words(string quoted) => string.Join(' ', Regex.Matches(quoted.Replace("’", "").Replace("'", "").ToLowerInvariant(), @"[\p{L}\p{N}]+|…").Select(m => m.Value));

    [Fact]
    public void Each_table_shows_first_the_rows_the_reports_part_ways_on_and_the_rest_behind_a_disclosure_that_counts_them()
    {
        var comparison = Data.GetProperty("comparison");
        const int reports = 6;
        var outlets = Data.GetProperty("reports").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("source").GetProperty("name").GetString()!);
        // Who has a row behind the disclosure: its one report's outlet, or all of them.
        string Who(string[] keys) => keys.Length == 1 ? outlets[keys[0]] : $"All {reports} reports";
        // The rule, from the story's data: two reports or more have it, and they disagree or another is silent.
        var quotes = comparison.GetProperty("quotes").EnumerateArray().Select(q =>
        {
            var held = q.GetProperty("reports").EnumerateArray().Select(r => r.GetString()!).ToArray();
            // The data gives the words of those that quote other words than the text; the others quote it as it stands.
            var other = q.TryGetProperty("words", out var given) ? given.EnumerateObject().ToDictionary(w => w.Name, w => w.Value.GetString()!) : [];
            var text = q.GetProperty("text").GetString()!;
            var words = held.Select(r => Words(other.GetValueOrDefault(r, text))).ToArray();
            Assert.All(other.Values, w => Assert.NotEqual(Words(text), Words(w)));
            return (Label: text, PartWays: words.Length >= 2 && (words.Distinct().Count() > 1 || words.Length < reports), Held: held);
        }).ToArray();
        var figures = comparison.GetProperty("figures").EnumerateArray().Select(f =>
        {
            var held = f.GetProperty("reports").EnumerateObject().Select(r => r.Name).ToArray();
            return (Label: f.GetProperty("subject").GetString()!, PartWays: held.Length >= 2 && (f.GetProperty("differs").GetBoolean() || held.Length < reports), Held: held);
        }).ToArray();
        var names = comparison.GetProperty("names").EnumerateArray().Select(n =>
        {
            var held = n.GetProperty("mentions").EnumerateObject().Where(m => m.Value.GetInt32() > 0).Select(m => m.Name).ToArray();
            return (Label: n.GetProperty("name").GetString()!, PartWays: held.Length >= 2 && held.Length < reports, Held: held);
        }).ToArray();

        var page = Page;
        foreach (var (heading, rows, noun) in new[] { ("Quotations", quotes, "quotations"), ("Figures, by what they count", figures, "figures"), ("People and bodies named", names, "names") })
        {
            var (first, rest, summary) = Split(Kind(page, heading));
            Assert.Equal(rows.Where(r => r.PartWays).Select(r => r.Label), first.Select(Label));
            // Behind the disclosure, each under who has it: every row of the data, none twice.
            Assert.Equal(rows.Where(r => !r.PartWays).Select(r => (r.Label, Who(r.Held))).OrderBy(r => r.Label, StringComparer.Ordinal),
                rest.Select(r => (r.Label, r.Who)).OrderBy(r => r.Label, StringComparer.Ordinal));
            Assert.NotEmpty(first);
            Assert.StartsWith($"{rest.Length} more {noun}, ", summary);
        }

        // What a reader of this story should find first, and what may wait.
        var (firstQuotes, restQuotes, quoteSummary) = Split(Kind(page, "Quotations"));
        Assert.Contains("This package is not charity, it is an investment in Europe's own security", firstQuotes.Select(Label));
        // The caption says these are quoted by several reports: a note says only when their words differ.
        Assert.All(firstQuotes, row => Assert.Equal(row.ClassList.Contains("comparison-table__highlight") ? "Quoted by several reports, in different words" : null,
            row.QuerySelector(".comparison-table__note")?.TextContent));
        Assert.Contains(firstQuotes, row => row.QuerySelector(".comparison-table__note") is null);
        Assert.Contains("We need systems, not statements.", restQuotes.Select(r => r.Label));
        Assert.Equal($"{restQuotes.Length} more quotations, quoted by one report", quoteSummary);
        var (firstFigures, _, _) = Split(Kind(page, "Figures, by what they count"));
        Assert.Contains(firstFigures, row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray() is var cells
            && cells.Contains("nearly 400 drones") && cells.Contains("over 450 drones"));
        var (firstNames, restNames, nameSummary) = Split(Kind(page, "People and bodies named"));
        Assert.Contains("Kaja Kallas", firstNames.Select(Label));
        Assert.Contains("Boris Pistorius", restNames.Select(r => r.Label));   // one report
        Assert.Equal("All 6 reports", restNames.Single(r => r.Label == "European Union").Who);
        Assert.Equal($"{restNames.Length} more names, named by one report or by all", nameSummary);
    }

    [Fact]
    public void On_a_phone_the_section_folds_behind_a_summary_that_counts_what_it_holds_and_what_the_reports_part_ways_on()
    {
        var page = Page;
        var comparison = Data.GetProperty("comparison");
        var shownFirst = page.QuerySelectorAll("section.comparison-kind tbody tr").Count(tr => tr.Closest("details.comparison-more") is null);
        var fold = page.QuerySelector("section.text-comparison > details.fold")!;
        Assert.Equal($"{comparison.GetProperty("quotes").GetArrayLength()} quotations, {comparison.GetProperty("figures").GetArrayLength()} figures "
            + $"and {comparison.GetProperty("names").GetArrayLength()} names: the reports part ways on {shownFirst}", fold.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal(3, fold.QuerySelectorAll("section.comparison-kind").Length);

        var divergences = page.QuerySelector("section.divergences > details.fold")!;
        Assert.Equal("4 topics, outlet by outlet", divergences.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal(4, divergences.QuerySelectorAll("table tbody tr").Length);
        // The headings stay outside the folds: a reader finds the sections by them.
        Assert.Equal(["Where the reports diverge", "What the texts show"],
            page.QuerySelectorAll("section.divergences > h2, section.text-comparison > h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Each_column_names_its_outlets_country_beside_the_outlet_and_each_phone_card_label_too()
    {
        string[] expected = ["The Kyiv Ledger|Ukraine", "The Warsaw Courier|Poland", "Rhein & Ruhr Tageblatt|Germany", "La Gazette de Lyon|France", "Moscow Morning Post|Russia", "Capital Wire|United States"];
        var tables = Page.QuerySelectorAll("section.comparison-kind table");
        Assert.Equal(3, tables.Length); // one per kind: the rows behind each disclosure are lists
        // Each list of one outlet's rows names its country as the columns do.
        var listed = Page.QuerySelectorAll("section.comparison-kind").SelectMany(ComparisonOnPage.Listed).Where(r => !r.Who.StartsWith("All ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(listed);
        Assert.All(listed, r => Assert.Contains(r.Heading.Replace(" · ", "|"), expected));
        foreach (var table in tables)
        {
            var columns = table.QuerySelectorAll("thead th[scope=col]").Skip(1)
                .Select(th => th.QuerySelector("a")!.TextContent.Trim() + "|" + th.QuerySelector("span")!.TextContent.Trim());
            Assert.Equal(expected, columns);
            // A phone shows the cells that have something, each labelled; it hides the empty ones, which need no label.
            foreach (var row in table.QuerySelectorAll("tbody tr"))
                Assert.Equal(expected.Select((e, i) => Empty.Contains(row.QuerySelectorAll("td")[i].TextContent.Trim()) ? null : e.Replace("|", " · ")),
                    row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
        }
    }

    [Fact]
    public void An_outlet_of_unknown_country_says_so_in_its_column_and_its_list()
    {
        using var project = ThreeOutlets.Create();
        project.Write("content/sources/gamma.yml", "name: Gamma Times\nhomepage: https://gamma.example/\n");
        var page = project.Build().Html("stories/talks/index.html");
        var table = page.QuerySelector("section.comparison-kind table")!;
        Assert.Equal(["Alpha News Norway", "Beta Post United States", "Gamma Times Country not known"],
            table.QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => Regex.Replace(th.TextContent.Trim(), @"\s+", " ")));
        var lars = ComparisonOnPage.Listed(Kind(page, "People and bodies named")).Single(r => r.Label == "Lars Nilsen");
        Assert.Equal("Gamma Times · Country not known", lars.Heading);
    }

    [Fact]
    public void The_pairs_that_share_no_wording_are_named_once_together()
    {
        var pairs = Data.GetProperty("comparison").GetProperty("overlap").EnumerateArray().ToArray();
        Assert.Equal(15, pairs.Length);
        var sharing = pairs.Count(p => p.GetProperty("shared").GetDouble() > 0);
        Assert.InRange(sharing, 1, 14); // some pairs share wording, some none: both kinds of line are shown

        var lines = Page.QuerySelectorAll("section.text-comparison h3").Single(h => h.TextContent.Trim() == "Shared text")
            .ParentElement!.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(sharing + 1, lines.Length);
        Assert.Equal("The other pairs share no wording.", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches(@"^.+ and .+ share (\d+%|under 1%) of their wording(: one text reprinted)?\.$", line));
        Assert.DoesNotContain(lines, line => line.Contains(" 0%", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_and_quotations_with_markup_characters_are_shown_as_written_escaped_once()
    {
        var html = _site.Text(SixOutletStory.Page);
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        var section = Page.QuerySelector("section.text-comparison")!;
        Assert.Contains(section.QuerySelectorAll("thead a"), a => a.TextContent == "Rhein & Ruhr Tageblatt");
        // One report's quotation, listed under its outlet, as written.
        var quote = ComparisonOnPage.Listed(Kind(Page, "Quotations")).Single(r => r.Label == "We cannot leave our own skies & our own cities unprotected");
        Assert.Equal("Rhein & Ruhr Tageblatt", quote.Who);
        var sybiha = section.QuerySelectorAll("tbody tr").Single(tr => Label(tr) == "Andrii Sybiha");
        Assert.Equal("Not named by: Rhein & Ruhr Tageblatt, Moscow Morning Post, Capital Wire", sybiha.QuerySelector(".comparison-table__silent")!.TextContent);
    }

    [Fact]
    public void Markup_in_an_outlets_name_and_a_quotation_stays_text_in_every_part_of_the_tables()
    {
        using var project = ThreeOutlets.Create(gammaName: "Gamma <i>Times</i> & Co");
        var page = project.Build().Html("stories/talks/index.html");
        var section = page.QuerySelector("section.text-comparison")!;
        Assert.Empty(section.QuerySelectorAll("i, script"));
        Assert.Contains(section.QuerySelectorAll("thead a"), a => a.TextContent == "Gamma <i>Times</i> & Co");
        Assert.Contains(section.QuerySelectorAll("td"), td => td.GetAttribute("data-label") == "Gamma <i>Times</i> & Co · Sweden");
        Assert.Contains(section.QuerySelectorAll(".comparison-table__silent"), line => line.TextContent == "Not quoted by: Gamma <i>Times</i> & Co");
        var lars = ComparisonOnPage.Listed(Kind(page, "Quotations")).Single(r => r.Label.Contains("<b>every</b> family", StringComparison.Ordinal));
        Assert.Equal("Gamma <i>Times</i> & Co", lars.Who);
    }

    [Fact]
    public void A_quotation_every_report_gives_in_the_same_words_waits_and_one_cut_differently_comes_first()
    {
        using var project = ThreeOutlets.Create();
        var page = project.Build().Html("stories/talks/index.html");

        var (first, rest, summary) = Split(Kind(page, "Quotations"));
        var harbour = Assert.Single(first);
        Assert.Equal("We will rebuild the harbour before winter", Label(harbour));
        Assert.Equal("Quoted by several reports, in different words", harbour.QuerySelector(".comparison-table__note")!.TextContent);
        Assert.Contains("comparison-table__highlight", harbour.ClassList);
        Assert.Equal(["Quoted", "Quotes part: “rebuild the harbour before winter”", "Not quoted"], harbour.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("Not quoted by: Gamma Times", harbour.QuerySelector(".comparison-table__silent")!.TextContent);
        // Curly or straight apostrophe and quotation marks: the same words.
        var progress = Assert.Single(rest, row => row.Label.Contains("make any progress", StringComparison.Ordinal));
        Assert.Equal("All 3 reports", progress.Who);
        Assert.Null(progress.Detail); // quoted, and nothing more to say
        Assert.Null(progress.Note);
        Assert.Equal(2, rest.Length);
        Assert.Equal("2 more quotations, quoted by one report or in the same words by all", summary);

        var (firstFigures, restFigures, figureSummary) = Split(Kind(page, "Figures, by what they count"));
        var homes = Assert.Single(firstFigures);
        Assert.Equal(["1,200 homes", "1,500 homes", "1,200 homes"], homes.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("The reports give different figures", homes.QuerySelector(".comparison-table__note")!.TextContent);
        var shelters = Assert.Single(restFigures);
        Assert.Equal(("shelters", "All 3 reports", "40 shelters"), (shelters.Label, shelters.Who, shelters.Detail));
        Assert.Equal("1 more figure, the same in all", figureSummary);

        var (firstNames, restNames, _) = Split(Kind(page, "People and bodies named"));
        var berg = Assert.Single(firstNames);
        Assert.Equal("Anna Berg", Label(berg));
        Assert.DoesNotContain("comparison-table__highlight", berg.ClassList); // silent, not disagreeing
        Assert.Equal("Not named by: Gamma Times", berg.QuerySelector(".comparison-table__silent")!.TextContent);
        var lars = restNames.Single(r => r.Label == "Lars Nilsen");
        Assert.Equal(("Gamma Times", "Named once"), (lars.Who, lars.Detail));
    }

    [Fact]
    public void A_table_where_nothing_sets_the_reports_apart_is_all_behind_its_disclosure_without_saying_more()
    {
        using var project = TestProject.FromShippedContent();
        var page = project.Build().Html("stories/trump-putin-call/index.html");
        var (first, rest, summary) = Split(Kind(page, "Quotations"));
        Assert.Empty(first);
        Assert.Null(Kind(page, "Quotations").QuerySelector("caption:not(.visually-hidden)"));
        Assert.Equal(15, rest.Length);
        Assert.Equal("15 quotations, quoted by one report", summary);
        Assert.Equal("15 quotations, 5 figures and 15 names: the reports part ways on none",
            page.QuerySelector("section.text-comparison > details.fold > summary")!.TextContent.Trim());
    }

    /// <summary>Three short reports of one story, written so that each kind of row has a known place.</summary>
    private static class ThreeOutlets
    {
        public static TestProject Create(string gammaName = "Gamma Times")
        {
            var project = new TestProject();
            project.Write("content/sources/gamma.yml", $"name: '{gammaName}'\nhomepage: https://gamma.example/\ncountry: SE\n");
            project.Write("content/articles/alpha-talks.md", """
                ---
                title: Alpha reports the storm
                url: https://www.alpha.example/2025/07/03/storm/
                published: 2025-07-03
                ---

                “No, I didn't make any progress with him today,” the minister said after the talks.

                The storm destroyed 1,200 homes, officials said, and volunteers opened 40 shelters.

                “We will rebuild the harbour before winter,” Mayor Anna Berg said on Tuesday.
                """);
            project.Write("content/articles/beta-talks.md", """
                ---
                title: Beta reports the storm
                source: beta
                published: 2025-07-03
                ---

                "No, I didn’t make any progress with him today," the minister said after the talks.

                The storm destroyed 1,500 homes. Volunteers opened 40 shelters across the region.

                Anna Berg, the mayor, promised to “rebuild the harbour before winter”.
                """);
            project.Write("content/articles/gamma-talks.md", """
                ---
                title: Gamma reports the storm
                source: gamma
                url: https://gamma.example/storm/
                published: 2025-07-03
                ---

                ‘No, I didn't make any progress with him today,’ the minister said after the talks.

                The storm destroyed 1,200 homes and volunteers opened 40 shelters overnight.

                “Now <b>every</b> family will have a roof by Christmas,” said Lars Nilsen of the relief agency.
                """);
            project.Write("content/breakdowns/2025-07-03-talks.yml", TestProject.Story.Replace("""
                  - article: beta-talks
                    summary: Beta says it was short.
                """, """
                  - article: beta-talks
                    summary: Beta says it was short.
                  - article: gamma-talks
                """));
            return project;
        }
    }
}
