namespace DivergingReports.Tests.Importing;

/// <summary>What is and is not a byline, a dateline or a date line, and which date wins.</summary>
public class BylineRulesTests
{
    [Fact]
    public void A_paste_without_a_byline_keeps_its_first_paragraph_and_says_the_author_is_missing()
    {
        var imported = ImportedFile.Import("""
            Ceasefire talks resume in Doha
            Negotiators from both sides returned to Doha on Thursday for a new round of indirect talks.
            Source: https://www.aljazeera.com/news/2025/7/3/ceasefire-talks-resume-in-doha
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Empty(imported.Authors);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.StartsWith("Negotiators from both sides", imported.Paragraphs[0]);
        Assert.Contains("author (optional)", imported.Run.Out);
    }

    [Fact]
    public void By_the_time_prose_is_not_a_byline()
    {
        var imported = ImportedFile.Import("""
            Kyiv counts the cost of a night of drones
            By the time the sirens stopped, fires were burning in four districts of the capital.
            Rescuers worked through the morning.
            Source: https://www.theguardian.com/world/2025/jul/03/kyiv-counts-the-cost
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Empty(imported.Authors);
        Assert.Equal("By the time the sirens stopped, fires were burning in four districts of the capital.", imported.Paragraphs[0]);
    }

    [Fact]
    public void By_a_weekday_is_not_a_byline_even_when_short()
    {
        var imported = ImportedFile.Import("""
            Talks to resume
            By Monday Evening
            Officials expect a deal to be reached before the end of the week, they told reporters.
            """, "--source", "bbc", "--published", "2025-07-03");
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Empty(imported.Authors);
        Assert.Equal("By Monday Evening", imported.Paragraphs[0]);
    }

    [Fact]
    public void The_new_users_byline_with_a_role_is_the_author_and_leaves_the_text()
    {
        var imported = ImportedFile.Import("""
            Inflation falls to 2.1% in June
            By Jane Doe, Economics correspondent
            Prices rose more slowly in June than in May, official figures showed.
            """, "--source", "bbc", "--published", "2025-07-03");
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal(["Jane Doe"], imported.Authors);
        Assert.StartsWith("Prices rose more slowly", imported.Paragraphs[0]);
        Assert.DoesNotContain("missing    author", imported.Run.Out);
        Assert.Contains("Jane Doe  (from the byline, line 2)", imported.Run.Out);
    }

    [Fact]
    public void Two_authors_after_upper_case_BY()
    {
        var imported = ImportedFile.Import("""
            Ukraine's parliament approves new defence minister
            BY Olena Harmash and Pavel Polityuk
            Ukraine's parliament on Thursday approved a new defence minister.
            """, "--source", "reuters", "--published", "2025-07-03");
        Assert.Equal(["Olena Harmash", "Pavel Polityuk"], imported.Authors);
        Assert.StartsWith("Ukraine's parliament on Thursday", imported.Paragraphs[0]);
    }

    [Fact]
    public void Three_authors_with_particles_and_accents_keep_their_own_spelling()
    {
        var imported = ImportedFile.Import("""
            EU leaders agree on new sanctions package
            By María José García, Jean-Luc de la Tour and Seán Ó Briain
            European Union leaders agreed on Thursday on an 18th package of sanctions against Russia.
            """, "--source", "le-monde", "--published", "2025-07-03");
        Assert.Equal(["María José García", "Jean-Luc de la Tour", "Seán Ó Briain"], imported.Authors);
        Assert.StartsWith("European Union leaders agreed", imported.Paragraphs[0]);
    }

    [Fact]
    public void Reporting_and_editing_credit_under_the_headline_names_only_the_reporters()
    {
        var imported = ImportedFile.Import("""
            Oil prices rise on supply worries
            Reporting by Nicole Jao and Anna Hirtenstein; Editing by David Goodman
            Oil prices rose on Thursday as concerns about supply outweighed signs of weaker demand.
            """, "--source", "reuters", "--published", "2025-07-03");
        Assert.Equal(["Nicole Jao", "Anna Hirtenstein"], imported.Authors);
        Assert.StartsWith("Oil prices rose on Thursday", imported.Paragraphs[0]);
        Assert.DoesNotContain("Goodman", imported.Body);
    }

    [Fact]
    public void Name_and_outlet_separated_by_a_bar_names_the_author_only()
    {
        var imported = ImportedFile.Import("""
            Heatwave grips southern Europe
            Sarah Rainsford | BBC News
            Temperatures passed 40C in parts of Spain and Italy on Thursday, forecasters said.
            """, "--source", "bbc", "--published", "2025-07-03");
        Assert.Equal(["Sarah Rainsford"], imported.Authors);
        Assert.StartsWith("Temperatures passed 40C", imported.Paragraphs[0]);
    }

    [Fact]
    public void A_capitals_dateline_without_an_agency_leaves_the_paragraph_and_a_name_with_a_dash_does_not()
    {
        var withDateline = ImportedFile.Import("""
            Senate passes spending bill
            WASHINGTON — The Senate passed the spending bill late on Wednesday after an all-night session.
            Source: https://www.washingtonpost.com/politics/2025/07/03/senate-passes-spending-bill/
            """);
        Assert.StartsWith("The Senate passed the spending bill", withDateline.Paragraphs[0]);

        var withName = ImportedFile.Import("""
            Zelensky meets allies
            Zelensky — who arrived in Copenhagen on Thursday — met European leaders to discuss air defence.
            Source: https://www.washingtonpost.com/world/2025/07/03/zelensky-meets-allies/
            """);
        Assert.StartsWith("Zelensky — who arrived in Copenhagen", withName.Paragraphs[0]);
    }

    [Fact]
    public void Updated_line_with_a_time_zone_fills_the_date_with_its_time()
    {
        var imported = ImportedFile.Import("""
            Trump signs tax bill into law
            Updated July 3, 2025, 4:15 p.m. ET
            President Donald Trump signed his tax and spending bill into law at the White House on Friday.
            """, "--source", "ap");
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal("2025-07-03T16:15:00-04:00", imported.Published);
        Assert.StartsWith("President Donald Trump signed", imported.Paragraphs[0]);
        Assert.Contains("'Updated' line 2", imported.Run.Out);
    }

    [Fact]
    public void An_updated_line_that_disagrees_with_the_address_loses_to_it_and_is_reported()
    {
        var imported = ImportedFile.Import("""
            Russia and Ukraine swap prisoners
            Updated July 5, 2025
            Russia and Ukraine exchanged prisoners of war on Thursday, both sides said.
            Source: https://www.washingtonpost.com/world/2025/07/03/russia-ukraine-prisoner-swap/
            """);
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Equal("2025-07-03", imported.Published);
        Assert.Contains("DR0305", imported.Run.Out);
        Assert.Contains("the address says 2025-07-03 but 'Updated' line 2 says 2025-07-05", imported.Run.Out);
        Assert.StartsWith("Russia and Ukraine exchanged", imported.Paragraphs[0]);
    }

    [Fact]
    public void A_dateline_without_a_year_anywhere_does_not_invent_one()
    {
        var imported = ImportedFile.Import("""
            Ukraine says it downed 50 drones
            KYIV, July 3 (Reuters) - Ukraine's air force said it downed 50 drones overnight.
            """, "--source", "reuters");
        Assert.Equal(1, imported.Run.ExitCode);
        Assert.Contains("DR0302", imported.Run.Out);
        Assert.Null(imported.Published);
    }

    [Fact]
    public void A_control_character_is_no_part_of_a_name_and_is_never_echoed()
    {
        var imported = ImportedFile.Import("Headline\nBy Jane Doe\u001b[31m\nBody text of the story goes here.", "--source", "bbc", "--published", "2025-07-03");
        Assert.True(imported.Run.ExitCode == 0, imported.Run.Out);
        Assert.Empty(imported.Authors);
        Assert.DoesNotContain('\u001b', imported.Run.Out);
    }
}
