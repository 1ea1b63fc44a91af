using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

public class NameTests
{
    private static IReadOnlyList<NameRow> Names(string[] reports, params string[] outlets) =>
        NameVariants.Merge(NameFinder.Find(reports, outlets), reports.Length);

    private static string[] NamesIn(string text, params string[] outlets) => Names([text], outlets).Select(r => r.Name).ToArray();

    [Fact]
    public void Titles_are_stripped()
    {
        Assert.Equal(["Volodymyr Zelensky", "Roger Wicker", "Pete Hegseth", "Marco Rubio", "Vladimir Putin", "Andrii Sybiha", "Sean Parnell"],
            NamesIn("President Volodymyr Zelensky spoke to Sen. Roger Wicker (R-Mississippi), Defense Secretary Pete Hegseth, "
                + "Secretary of State Marco Rubio and Russian President Vladimir Putin. Ukraine’s Foreign Minister Andrii Sybiha "
                + "and Pentagon spokesman Sean Parnell were not there.").Where(n => n != "Pentagon"));
    }

    [Fact]
    public void Spelling_variants_of_one_name_are_one_row()
    {
        var rows = Names(["Zelensky spoke. Volodymyr Zelensky agreed.", "Volodymyr Zelenskyy said so.", "Zelenskiy said so."]);
        var row = Assert.Single(rows);
        Assert.Equal("Volodymyr Zelensky", row.Name);
        Assert.Equal(["Zelensky", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"], row.Variants);
        Assert.Equal([2, 1, 1], row.MentionsPerOutlet);
        Assert.True(row.Shared);
    }

    [Fact]
    public void Variants_of_first_names_merge_too()
    {
        var row = Assert.Single(Names(["Putin’s aide Yuri Ushakov said it.", "Yury Ushakov said it. Ushakov added more."]), r => r.Name != "Putin");
        Assert.Equal(("Yuri Ushakov", true), (row.Name, row.Shared));
        Assert.Equal(["Yuri Ushakov", "Yury Ushakov", "Ushakov"], row.Variants);
        Assert.Equal([1, 2], row.MentionsPerOutlet);
    }

    [Fact]
    public void A_feminine_form_is_another_person()
    {
        Assert.Equal(["Volodymyr Zelensky", "Olena Zelenska"], NamesIn("Volodymyr Zelensky and Olena Zelenska arrived."));
    }

    [Fact]
    public void A_surname_alone_joins_the_full_name_it_belongs_to()
    {
        var row = Assert.Single(Names(["Donald Trump spoke. Later Trump left."], []));
        Assert.Equal(("Donald Trump", 2), (row.Name, row.MentionsPerOutlet[0]));
        // Across reports too: one names him in full, the other by surname only.
        var shared = Assert.Single(Names(["President Donald Trump spoke.", "Trump spoke."]));
        Assert.Equal(("Donald Trump", true), (shared.Name, shared.Shared));
    }

    [Fact]
    public void A_name_at_the_start_of_a_sentence_is_a_name_and_a_common_word_there_is_not()
    {
        Assert.Equal(["Putin", "Trump"], NamesIn("Putin spoke with Trump. Despite the delays, officials met. Concerns grew. Air defense is scarce."));
        Assert.Equal(["Mike Pompeo"], NamesIn("Mike Pompeo, a former Secretary of State, posted on X: “Letting Russia win would be a disaster.”"));
    }

    [Fact]
    public void Days_months_holidays_and_the_outlets_own_names_are_not_names()
    {
        Assert.Equal(["Reuters"], NamesIn(
            "On Thursday, The Washington Post reported in July that the U.S. would act before Independence Day. Reuters reported it in May.",
            "The Washington Post"));
        Assert.Empty(NamesIn("The Post said on Monday that Christmas and Easter were near.", "The Washington Post"));
    }

    [Fact]
    public void Places_and_weapons_are_not_names()
    {
        Assert.Empty(NamesIn("Kyiv, Ukraine, Western Europe, the Middle East and Capitol Hill. Ukraine operates the Patriot and wants Patriot missiles "
            + "and AIM-7 missiles from Washington and the United States."));
    }

    [Fact]
    public void Bodies_are_names_and_an_acronym_joins_the_body_it_spells()
    {
        var rows = Names(["The White House and the Kremlin spoke to NBC News. NATO met.", "The North Atlantic Treaty Organization said no. The Pentagon agreed."]);
        Assert.Equal(
        [
            ("North Atlantic Treaty Organization", "NATO | North Atlantic Treaty Organization", true),
            ("White House", "White House", false),
            ("Kremlin", "Kremlin", false),
            ("NBC News", "NBC News", false),
            ("Pentagon", "Pentagon", false),
        ], rows.Select(r => (r.Name, string.Join(" | ", r.Variants), r.Shared)));
    }

    [Fact]
    public void An_unknown_acronym_needs_the_context_of_a_name()
    {
        Assert.Equal(["FBI"], NamesIn("The FBI said that HIMARS launchers and GDP figures were fine."));
    }

    [Fact]
    public void Hyphenated_names_name_each_part()
    {
        Assert.Equal(["Vladimir Putin", "Donald Trump"], NamesIn("Vladimir Putin and Donald Trump met. The Trump-Putin call was long."));
        Assert.Equal([2, 2], Names(["Vladimir Putin and Donald Trump met. The Trump-Putin call was long."]).Select(r => r.MentionsPerOutlet[0]));
    }

    [Fact]
    public void Possessives_are_names_without_their_s()
    {
        Assert.Equal(["Pete Hegseth"], NamesIn("Defense Secretary Pete Hegseth spoke. Hegseth’s decision and Hegseth's review were criticised."));
    }

    [Fact]
    public void Capitalised_words_of_a_title_case_headline_are_names_only_when_the_text_capitalises_them_too()
    {
        Assert.Equal(["Trump", "Putin"], NamesIn("Trump Calls for Ceasefire in Ukraine During Talk With Putin\nPutin spoke with Trump on Thursday."));
        Assert.Empty(NamesIn("Diverging Reports Breakdown\nYou May Also Like\nThe talks went on."));
    }

    [Fact]
    public void Names_only_some_outlets_carry_are_not_shared_and_come_after_shared_ones()
    {
        var rows = Names(["Trump spoke. Mike Pompeo objected.", "Trump spoke."]);
        Assert.Equal([("Trump", true), ("Mike Pompeo", false)], rows.Select(r => (r.Name, r.Shared)));
        Assert.Equal([1, 0], rows[1].MentionsPerOutlet);
    }

    [Fact]
    public void U_S_and_Jan_are_not_names_and_do_not_end_sentences()
    {
        var row = Assert.Single(Names(["The U.S. Sen. Roger Wicker said no. On Jan. 5 Sen. Wicker left. He flew to the U.S. Despite this, Wicker stayed."]));
        Assert.Equal(("Roger Wicker", 3), (row.Name, row.MentionsPerOutlet[0]));
    }

    [Fact]
    public void Similar_spellings()
    {
        Assert.True(NameVariants.Similar("zelensky", "zelenskyy"));
        Assert.True(NameVariants.Similar("zelensky", "zelenskiy"));
        Assert.True(NameVariants.Similar("yuri", "yury"));
        Assert.True(NameVariants.Similar("andrii", "andriy"));
        Assert.True(NameVariants.Similar("volodymyr", "volodimir"));
        Assert.False(NameVariants.Similar("zelensky", "zelenska"));
        Assert.False(NameVariants.Similar("ivanov", "ivanova"));
        Assert.False(NameVariants.Similar("trump", "truman"));
    }
}
