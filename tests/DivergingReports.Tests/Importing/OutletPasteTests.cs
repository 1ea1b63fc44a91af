namespace DivergingReports.Tests.Importing;

/// <summary>Bylines, datelines and date lines as outlets print them, pasted from their pages.</summary>
public class OutletPasteTests
{
    [Fact]
    public void Reuters_byline_time_stamp_dateline_and_closing_credit()
    {
        var imported = ImportedFile.Import("""
            Russia pounds Kyiv with drones hours after Trump-Putin call
            By Tom Balmforth and Max Hunder
            July 3, 2025 3:15 PM GMT+1 Updated 2 hours ago
            KYIV, July 3 (Reuters) - Russia launched its largest drone attack of the war on Kyiv overnight, Ukrainian officials said on Friday.
            At least two people were killed and dozens wounded, the city's mayor said.
            Reporting by Tom Balmforth; Editing by Mark Trevelyan
            Source: https://www.reuters.com/world/europe/russia-pounds-kyiv-with-drones-hours-after-trump-putin-call-2025-07-03/
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Tom Balmforth", "Max Hunder"], imported.Authors);
        Assert.Equal("2025-07-03T15:15:00+01:00", imported.Published);
        Assert.StartsWith("Russia launched its largest drone attack", imported.Paragraphs[0]);
        Assert.Equal("At least two people were killed and dozens wounded, the city's mayor said.", imported.Paragraphs[^1]);
        Assert.DoesNotContain("Editing by", imported.Body);
    }

    [Fact]
    public void Reuters_closing_credit_names_the_reporters_and_the_dateline_takes_the_addresss_year()
    {
        var imported = ImportedFile.Import("""
            Ukraine says it struck Russian airbase in Saratov region
            KYIV, July 3 (Reuters) - Ukraine's military said on Thursday it had struck an airbase deep inside Russia.
            Russia's defence ministry did not comment on the report.
            Reporting by Yuliia Dysa in Kyiv and Guy Faulconbridge in Moscow; Writing by Tom Balmforth; Editing by Alex Richardson
            Source: https://www.reuters.com/world/europe/2025/ukraine-says-it-struck-russian-airbase
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Yuliia Dysa", "Guy Faulconbridge"], imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("Ukraine's military said on Thursday", imported.Paragraphs[0]);
        Assert.Equal(2, imported.Paragraphs.Count);
        Assert.Contains("from the dateline", imported.Run.Out);
    }

    [Fact]
    public void AP_capitalised_byline_dateline_without_a_date_and_an_updated_time_first_line()
    {
        var imported = ImportedFile.Import("""
            Trump says he made 'no progress' with Putin on ending the war in Ukraine
            By SAMYA KULLAB and ILLIA NOVIKOV
            Updated 4:15 PM EDT, July 3, 2025
            WASHINGTON (AP) — President Donald Trump said Thursday that he made no progress in a call with Russian President Vladimir Putin.
            The call lasted almost an hour, a Kremlin aide said.
            Source: https://apnews.com/article/trump-putin-call-ukraine-war-8f2a1c3d9e
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["SAMYA KULLAB", "ILLIA NOVIKOV"], imported.Authors);
        Assert.Equal("2025-07-03T16:15:00-04:00", imported.Published);
        Assert.StartsWith("President Donald Trump said Thursday", imported.Paragraphs[0]);
        Assert.DoesNotContain("(AP)", imported.Body);
    }

    [Fact]
    public void AFP_day_first_dateline_with_a_hyphen_and_a_published_line()
    {
        var imported = ImportedFile.Import("""
            France calls for 'immediate' Gaza ceasefire
            Published 3 July 2025
            Paris, 3 July (AFP) - France on Thursday called for an immediate ceasefire in Gaza, the foreign ministry said in a statement.
            The statement followed talks between the French and Egyptian foreign ministers.
            """, "--source", "afp");
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Empty(imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("France on Thursday called for an immediate ceasefire", imported.Paragraphs[0]);
        Assert.Contains("author (optional)", imported.Run.Out);
    }

    [Fact]
    public void BBC_byline_with_a_role_and_a_published_line()
    {
        var imported = ImportedFile.Import("""
            Bank of England holds interest rates at 4.25%
            By Faisal Islam, Economics editor
            Published 3 July 2025
            The Bank of England has held interest rates at 4.25%, citing uncertainty over global trade.
            Five members of the committee voted to hold rates.
            Source: https://www.bbc.com/news/articles/c5y4x8d2k9wo
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Faisal Islam"], imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("The Bank of England has held interest rates", imported.Paragraphs[0]);
        Assert.DoesNotContain("Economics editor", imported.Body);
    }

    [Fact]
    public void Guardian_standfirst_then_name_in_place_above_its_date_line()
    {
        var imported = ImportedFile.Import("""
            Zelenskyy asks allies for more air defence as Russia steps up attacks
            Ukrainian president says Patriot systems are needed to protect cities from record drone and missile strikes
            Dan Sabbagh in Kyiv
            Thu 3 Jul 2025 16.15 BST
            Volodymyr Zelenskyy has appealed to western allies for more Patriot systems after a record night of attacks.
            Source: https://www.theguardian.com/world/2025/jul/03/zelenskyy-asks-allies-for-more-air-defence
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Dan Sabbagh"], imported.Authors);
        Assert.Equal("2025-07-03", imported.Published); // the address's /2025/jul/03/ wins over the date line
        Assert.DoesNotContain("DR0305", imported.Run.Out);
        Assert.StartsWith("Ukrainian president says Patriot systems", imported.Paragraphs[0]);
        Assert.StartsWith("Volodymyr Zelenskyy has appealed", imported.Paragraphs[1]);
        Assert.Equal(2, imported.Paragraphs.Count);
    }

    [Fact]
    public void Washington_Post_three_authors_with_diacritics_and_a_capitals_dateline_with_a_region()
    {
        var imported = ImportedFile.Import("""
            Russia launches record drone attack on Ukraine after Trump-Putin call
            By Kareem Fahim, Siobhán O'Grady and Serhii Korolchuk
            Updated July 3, 2025 at 4:15 p.m. EDT
            KYIV, Ukraine — Russia launched its largest aerial attack of the war on Ukraine overnight, officials said.
            The strikes came hours after a phone call between the two presidents.
            Source: https://www.washingtonpost.com/world/2025/07/03/russia-drone-attack-ukraine-kyiv/
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Kareem Fahim", "Siobhán O'Grady", "Serhii Korolchuk"], imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("Russia launched its largest aerial attack", imported.Paragraphs[0]);
        Assert.DoesNotContain("DR0305", imported.Run.Out);
    }

    [Fact]
    public void Al_Jazeera_standfirst_byline_and_published_on_line()
    {
        var imported = ImportedFile.Import("""
            Israeli attacks kill dozens across Gaza as ceasefire talks stall
            Mediators say they are working to bridge gaps between Israel and Hamas over the terms of a truce in the besieged enclave.
            By Ali Harb
            Published On 3 Jul 2025
            Israeli attacks have killed at least 60 Palestinians across the Gaza Strip since dawn, medical sources said.
            Source: https://www.aljazeera.com/news/2025/7/3/israeli-attacks-kill-dozens-across-gaza
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Ali Harb"], imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("Mediators say they are working", imported.Paragraphs[0]);
        Assert.StartsWith("Israeli attacks have killed", imported.Paragraphs[1]);
    }

    [Fact]
    public void Kyiv_Independent_lower_case_by_and_a_bare_date_line_without_a_zone_give_the_day()
    {
        var imported = ImportedFile.Import("""
            Russia launches massive drone, missile attack on Kyiv
            by Martin Fornusek
            July 3, 2025 4:15 PM
            Russia launched a massive combined attack against Kyiv overnight on July 3, Mayor Vitali Klitschko said.
            Source: https://kyivindependent.com/russia-launches-massive-drone-missile-attack-on-kyiv/
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Martin Fornusek"], imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("Russia launched a massive combined attack", imported.Paragraphs[0]);
    }

    [Fact]
    public void Le_Monde_in_English_byline_and_published_line_with_a_paris_time_and_a_later_update()
    {
        var imported = ImportedFile.Import("""
            Ukraine: Moscow intensifies its strikes as talks stall
            By Benjamin Quénelle
            Published on July 3, 2025, at 4:15 pm (Paris), updated at 5:02 pm
            Moscow launched a new wave of drones at Ukrainian cities on Thursday, as peace efforts stalled.
            """, "--source", "le-monde");
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Benjamin Quénelle"], imported.Authors);
        Assert.Equal("2025-07-03T16:15:00+02:00", imported.Published);
        Assert.StartsWith("Moscow launched a new wave", imported.Paragraphs[0]);
    }
}
