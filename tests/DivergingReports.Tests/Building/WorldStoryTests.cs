using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// The world story (Fixtures/World, seven outlets from seven countries, two in other languages
/// with the editors' translations and two without) built by the real divrep in a child process,
/// as editors and CI run it: without ICU, as the tool always runs. What a careful reader makes of
/// each report is in Fixtures/World/EXPECTED.md; the tests below hold the comparison to it.
/// </summary>
public sealed class WorldStoryTests : IClassFixture<WorldStoryTests.Built>
{
    /// <summary>The story's reports by outlet, as EXPECTED.md names them.</summary>
    private static readonly Dictionary<string, string> Outlets = new()
    {
        ["US"] = "2026-11-19-capital-ledger-compact-approves-aid-lutavia",
        ["UK"] = "2026-11-20-thames-courier-compact-defies-belvania",
        ["WIRE"] = "2026-11-19-northstar-press-compact-approves-aid",
        ["DE"] = "2026-11-19-elbe-kurier-nordpakt-milliardenhilfe-lutawien",
        ["FR"] = "2026-11-19-antenne-monde-pacte-du-nord-aide-lutavie",
        ["UA"] = "2026-11-19-dniprovskyi-visnyk-pivnichnyi-pakt-dopomoha",
        ["AR"] = "2026-11-20-al-marsad-mithaq-shamali-lutavia",
    };

    public sealed class Built : IDisposable
    {
        private readonly TestProject _project = WorldStory.Create();

        public Built()
        {
            var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "divrep.dll"), "build"])
            {
                WorkingDirectory = _project.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(180_000)) process.Kill(entireProcessTree: true);
            Log = output + errors.Result;
            ExitCode = process.ExitCode;
            var folder = Path.Combine(_project.Root, "_site", "stories", WorldStory.Slug);
            Data = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json"))).RootElement.Clone();
            Page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
        }

        public string Log { get; }
        public int ExitCode { get; }
        public JsonElement Data { get; }
        public AngleSharp.Html.Dom.IHtmlDocument Page { get; }

        public void Dispose() => _project.Dispose();
    }

    private readonly Built _built;

    public WorldStoryTests(Built built)
    {
        _built = built;
        Assert.True(built.ExitCode == 0, built.Log);
    }

    private JsonElement Comparison => _built.Data.GetProperty("comparison");

    /// <summary>The key the story's data gives the outlet's report (EXPECTED.md's name), by which the comparison's rows name it.</summary>
    private string KeyOf(string outlet) =>
        _built.Data.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("article").GetString() == Outlets[outlet]).GetProperty("key").GetString()!;

    private string OutletOfKey(string key) => Outlets.Keys.Single(outlet => KeyOf(outlet) == key);

    /// <summary>A figure row: its phrases by outlet (EXPECTED.md's names), and its marks.</summary>
    private sealed record Row(string Subject, IReadOnlyDictionary<string, string> Phrases, bool Differs, bool HedgesDiffer);

    private IReadOnlyList<Row> Figures() => Comparison.GetProperty("figures").EnumerateArray().Select(f => new Row(
        f.GetProperty("subject").GetString()!,
        f.GetProperty("reports").EnumerateObject().ToDictionary(
            r => OutletOfKey(r.Name),
            r => string.Join("; ", r.Value.EnumerateArray().Select(p => p.GetString()))),
        f.GetProperty("differs").GetBoolean(),
        f.GetProperty("hedges_differ").GetBoolean())).ToArray();

    /// <summary>The one row that holds this outlet's phrase.</summary>
    private Row RowOf(string outlet, string phrase) => Assert.Single(Figures(), r => r.Phrases.GetValueOrDefault(outlet) == phrase);

    [Fact]
    public void The_reports_disagree_on_three_quantities_and_the_table_says_so_on_no_other()
    {
        var differing = Figures().Where(r => r.Differs).ToArray();
        Assert.Equal(3, differing.Length);
        // F11: 1.5 million shells, the UK paper one million.
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "1.5 million rounds of 155 mm artillery ammunition",
            ["UK"] = "one million 155mm shells",
            ["WIRE"] = "1,500,000 rounds of 155mm artillery ammunition",
            ["DE"] = "1.5 million artillery shells",
            ["FR"] = "1 500 000 obus",
            ["UA"] = "1,5 млн снарядів",
            ["AR"] = "about 1.5 million artillery shells",
        }, differing[0].Phrases);
        // F5: the frozen reserves, $210 billion or more than $200 billion.
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "about $210 billion in Veskian central bank reserves",
            ["UK"] = "$210bn of frozen Veskian reserves",
            ["DE"] = "more than 200 billion dollars in frozen reserves",
        }, differing[1].Phrases);
        // F16: troops at the border, 80,000 or 100,000.
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "about 80,000 troops",
            ["DE"] = "more than 100,000 soldiers",
            ["FR"] = "Quelque 80 000 soldats vesques",
        }, differing[2].Phrases);
    }

    [Fact]
    public void Hedges_that_point_different_ways_on_one_amount_are_marked_and_only_those()
    {
        var hedged = Figures().Where(r => r.HedgesDiffer).ToArray();
        // F1: the package, "more than", "nearly", "about" and none; F14: the drones, "nearly" in German against "more than".
        Assert.Equal(2, hedged.Length);
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "$60 billion military and economic aid package",
            ["UK"] = "more than $60bn",
            ["WIRE"] = "about $60 billion in aid",
            ["DE"] = "around 60 billion dollars",
            ["FR"] = "près de 60 milliards de dollars",
            ["UA"] = "понад 60 мільярдів доларів",
            ["AR"] = "60 billion dollars",
        }, hedged[0].Phrases);
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "more than 100 drones",
            ["UK"] = "more than a hundred drones",
            ["WIRE"] = "over 100 drones",
            ["DE"] = "nearly 100 drones",
            ["UA"] = "понад 100 дронів",
            ["AR"] = "more than 100 drones",
        }, hedged[1].Phrases);
        Assert.All(hedged, r => Assert.False(r.Differs));
    }

    [Fact]
    public void Each_quantity_the_outlets_share_is_one_row_with_each_outlets_wording()
    {
        // F13: 24 jets, "two dozen" and in four languages; all "up to".
        Assert.Equal(["US", "UK", "WIRE", "DE", "FR", "UA", "AR"], RowOf("UK", "two dozen F-16s").Phrases.Keys);
        Assert.Equal("до 24 винищувачів", RowOf("UK", "two dozen F-16s").Phrases["UA"]);
        // F17: 19 of the 20 members is 19, not 20.
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "Nineteen of the 20 members",
            ["UK"] = "19 of the Compact's 20 member states",
            ["WIRE"] = "19 of the 20 members",
            ["DE"] = "19 of the 20 member states",
            ["AR"] = "19 of the 20 members",
        }, RowOf("WIRE", "19 of the 20 members").Phrases);
        // F6: what the levy raises a year, in three languages.
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "$3 billion a year",
            ["FR"] = "environ 3 milliards de dollars par an",
            ["UA"] = "близько 3 мільярдів доларів на рік",
        }, RowOf("US", "$3 billion a year").Phrases);
        // F20: the 2 % target, written five ways.
        Assert.Equal(new Dictionary<string, string>
        {
            ["US"] = "at least 2 percent of its economic output",
            ["UK"] = "2 per cent of GDP",
            ["WIRE"] = "2% of gross domestic product",
            ["DE"] = "at least 2 % of their economic output",
            ["FR"] = "au moins 2 % de leur PIB",
            ["UA"] = "щонайменше 2 % ВВП",
        }, RowOf("UK", "2 per cent of GDP").Phrases);
        // F7, F12, F4.
        Assert.Equal(["US", "DE", "AR"], RowOf("US", "at least $95 billion in damage").Phrases.Keys);
        Assert.Equal(new Dictionary<string, string> { ["UK"] = "about 6,000 shells a day", ["FR"] = "environ 6 000 obus par jour" },
            RowOf("UK", "about 6,000 shells a day").Phrases);
        Assert.Equal(["US", "WIRE"], RowOf("WIRE", "$12 billion").Phrases.Keys);
        Assert.All(new[] { "two dozen F-16s", "$3 billion a year" }, p => Assert.False(Figures().Single(r => r.Phrases.Values.Contains(p)).Differs));
    }

    [Fact]
    public void Quantities_that_share_only_a_unit_or_a_noun_are_rows_of_their_own()
    {
        // F2, F3: two of the US paper's dollar amounts, each its own row.
        Assert.Equal(["US"], RowOf("US", "$38 billion is earmarked for weapons").Phrases.Keys);
        Assert.Equal(["US"], RowOf("US", "$22 billion for budget support").Phrases.Keys);
        // F8, F9, F10: three national contributions, two of them in euros.
        Assert.Equal(["UK"], RowOf("UK", "£4.5bn").Phrases.Keys);
        Assert.Equal(["DE"], RowOf("DE", "8,312.5 million euros").Phrases.Keys);
        Assert.Equal(["FR"], RowOf("FR", "3,2 milliards d'euros").Phrases.Keys);
        // F18, F19, F21: other counts of members, none in the row of the 19.
        Assert.Equal(["WIRE"], RowOf("WIRE", "20 members").Phrases.Keys);
        Assert.Equal(["UK"], RowOf("UK", "14 members").Phrases.Keys);
        Assert.Equal(["US"], RowOf("US", "two members").Phrases.Keys);
        // F22, F23: other durations than the package's two years.
        Assert.Equal(["US"], RowOf("US", "eight months").Phrases.Keys);
        Assert.Equal(["US"], RowOf("US", "within three months").Phrases.Keys);
    }

    [Fact]
    public void Years_dates_times_designations_and_ordinals_are_no_figures()
    {
        var phrases = Figures().SelectMany(r => r.Phrases.Values).ToArray();
        foreach (var notAFigure in new[] { "2019", "2014", "2021", "2022", "2027", "Article", "Uhr", "23.30", "11.30", "02:15", "fourth", "first" })
            Assert.DoesNotContain(phrases, p => p.Contains(notAFigure, StringComparison.Ordinal));
        // "F-16" is a designation: no figure counts 16 of anything.
        Assert.DoesNotContain(phrases, p => p.StartsWith("16", StringComparison.Ordinal));
    }

    [Fact]
    public void Capitalised_words_that_open_sentences_and_quotations_are_no_names()
    {
        var names = Comparison.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();
        string[] planted =
        [
            "Leaders", "Officials", "Diplomats", "Critics", "Still", "Meanwhile", "Western", "Asked", "Analysts", "However", "Several",
            "Under", "Nobody", "Speaking", "Privately", "Members", "Earlier", "Reporting", "Additional", "Editing", "According", "During",
            "Nevertheless", "Observers", "Article", "Capitulation", "Money", "Every", "Personne", "Pourtant", "Selon", "Quelque", "Certains",
            "Chaque", "Лідери", "Дипломати", "Водночас", "Кожен", "Майже",
        ];
        foreach (var word in planted)
            Assert.DoesNotContain(names, n => n.Split(' ').Contains(word));
    }

    [Fact]
    public void A_name_spelt_with_and_without_its_accent_is_one_person()
    {
        var row = Assert.Single(Comparison.GetProperty("names").EnumerateArray(), n => n.GetProperty("name").GetString()!.EndsWith("Kerekes"));
        var variants = row.GetProperty("variants").EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.Contains("Tamas Kerekes", variants);
        Assert.Contains("Tamás Kerekes", variants);
        var named = row.GetProperty("mentions").EnumerateObject().Where(m => m.Value.GetInt32() > 0).Select(m => OutletOfKey(m.Name));
        Assert.Equal(["US", "UK", "WIRE", "DE", "FR", "AR"], named);
    }

    [Fact]
    public void Quotations_are_found_in_every_style_the_reports_use()
    {
        var quotes = Comparison.GetProperty("quotes").EnumerateArray().ToArray();
        // The words a report quotes: those the data gives when they are other than the text's, else the text.
        string? Quoted(JsonElement q, string outlet) =>
            !q.GetProperty("reports").EnumerateArray().Any(r => r.GetString() == KeyOf(outlet)) ? null
            : q.TryGetProperty("words", out var words) && words.TryGetProperty(KeyOf(outlet), out var own) ? own.GetString()
            : q.GetProperty("text").GetString();
        // Q1 in curly, British single and straight marks, and in the Arabic report's translation.
        var q1 = Assert.Single(quotes, q => q.GetProperty("text").GetString()!.StartsWith("Lutavia will not stand alone this winter, and Vesk"));
        Assert.Equal("Lutavia will not stand alone this winter", Quoted(q1, "UK"));
        Assert.Equal("Lutavia will not stand alone", Quoted(q1, "WIRE"));
        Assert.True(q1.GetProperty("shared").GetBoolean());
        var texts = quotes.Select(q => q.GetProperty("text").GetString()!).ToArray();
        // Guillemets with no-break spaces, the dash that opens a quotation, „“ nested in «», »« in German.
        Assert.Contains("La Lutavie ne restera pas seule cet hiver", texts);
        Assert.Contains("Ми цього не приймемо", texts);
        Assert.Contains(texts, t => t.StartsWith("Кожен день зволікання") && t.Contains("„чеком без покриття“"));
        // The British paper's apostrophes inside its single marks do not close the quotation.
        Assert.Contains("spending our farmers’ money on somebody else’s war", texts);
    }

    [Fact]
    public void Each_report_is_marked_with_its_language_and_the_arabic_one_right_to_left()
    {
        // A translated report's original is the text folded behind its translation.
        string? Attribute(string outlet, string name)
        {
            var report = _built.Page.QuerySelector($"article[id='report-{KeyOf(outlet)}']")!;
            var original = report.QuerySelector("details .prose") ?? report.QuerySelector(".report__body .prose")!;
            return original.GetAttribute(name);
        }
        Assert.Equal("en", _built.Page.DocumentElement.GetAttribute("lang"));
        Assert.Equal((null, null), (Attribute("US", "lang"), Attribute("US", "dir")));
        Assert.Equal(("de", null), (Attribute("DE", "lang"), Attribute("DE", "dir")));
        Assert.Equal(("fr", null), (Attribute("FR", "lang"), Attribute("FR", "dir")));
        Assert.Equal(("uk", null), (Attribute("UA", "lang"), Attribute("UA", "dir")));
        Assert.Equal(("ar", "rtl"), (Attribute("AR", "lang"), Attribute("AR", "dir")));
    }
}
