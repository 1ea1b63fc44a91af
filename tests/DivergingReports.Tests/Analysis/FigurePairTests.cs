using DivergingReports.Analysis;

namespace DivergingReports.Tests.Analysis;

/// <summary>
/// Pairs of reports that give one figure each: a reader would read the pairs below as one
/// real-world quantity (one row with both wordings), and the others as two quantities (two rows,
/// neither disagreeing with the other).
/// </summary>
public class FigurePairTests
{
    private static IReadOnlyList<FigureRow> Rows(string a, string languageA, string b, string languageB) =>
        FigureTable.Build([FigureFinder.Find(a, languageA), FigureFinder.Find(b, languageB)]);

    /// <summary>(report A, its language, its figure as written, report B, its language, its figure, the amounts differ, the hedges point different ways).</summary>
    public static TheoryData<string, string, string, string, string, string, bool, bool> OneQuantity => new()
    {
        // One amount, said differently.
        { "Washington has provided more than $60 billion worth of weapons to Kyiv.", "en", "more than $60 billion worth of weapons",
          "The US has given over $60 billion in military assistance.", "en", "over $60 billion in military assistance", false, false },
        { "Kyiv asked for dozens of Patriot missile interceptors.", "en", "dozens of Patriot missile interceptors",
          "Ukraine wants dozens of Patriot interceptor missiles.", "en", "dozens of Patriot interceptor missiles", false, false },
        { "Europe pledged 155 mm shells.", "en", "155 mm shells", "Europe pledged 155mm shells.", "en", "155mm shells", false, false },
        { "Nearly a hundred civilians were evacuated.", "en", "Nearly a hundred civilians",
          "Almost 100 civilians were evacuated.", "en", "Almost 100 civilians", false, false },
        { "Officials said 1.5 million people fled.", "en", "1.5 million people", "Officials said 1,500,000 people fled.", "en", "1,500,000 people", false, false },
        { "They proposed a 2 % levy on billionaires.", "en", "2 % levy", "They proposed a 2% levy on the richest.", "en", "2% levy", false, false },
        { "They proposed a 2 per cent levy.", "en", "2 per cent levy", "They proposed a 2% levy.", "en", "2% levy", false, false },
        { "In the end 19 of the 20 members backed it.", "en", "19 of the 20 members", "In the end 19 members backed it.", "en", "19 members", false, false },
        { "Three soldiers were wounded.", "en", "Three soldiers", "Officials said 3 soldiers were wounded.", "en", "3 soldiers", false, false },
        { "Then came twenty-five rockets.", "en", "twenty-five rockets", "Then came 25 rockets.", "en", "25 rockets", false, false },
        { "Congress approved $66bn in aid.", "en", "$66bn in aid", "Congress approved $66 billion in aid.", "en", "$66 billion in aid", false, false },
        { "Brussels offered €5 billion in loans.", "en", "€5 billion in loans", "Brussels offered 5 billion euros in loans.", "en", "5 billion euros in loans", false, false },
        { "It set up a US$5 billion fund.", "en", "US$5 billion fund", "It set up a $5 billion fund.", "en", "$5 billion fund", false, false },
        { "Nearly 1 million troops were mobilised.", "en", "Nearly 1 million troops", "Almost a million troops were mobilised.", "en", "Almost a million troops", false, false },
        { "Russia launched more than 500 drones.", "en", "more than 500 drones", "Russia launched over 500 drones.", "en", "over 500 drones", false, false },
        { "About 40% of voters agreed.", "en", "About 40% of voters", "Some 40 percent of voters agreed.", "en", "Some 40 percent of voters", false, false },
        { "It promised £5bn for schools.", "en", "£5bn for schools", "It promised 5 billion pounds for schools.", "en", "5 billion pounds for schools", false, false },
        { "It sent 1,000 Russian troops.", "en", "1,000 Russian troops", "It sent 1000 troops.", "en", "1000 troops", false, false },
        { "Prices saw a 2.5% rise this spring.", "en", "2.5% rise", "Prices saw a 2.5 per cent rise.", "en", "2.5 per cent rise", false, false },
        { "Russia fired 5,000 drones.", "en", "5,000 drones", "Russia fired 5000 drones.", "en", "5000 drones", false, false },
        { "Tens of thousands of people marched.", "en", "Tens of thousands of people", "Police saw tens of thousands of people.", "en", "tens of thousands of people", false, false },
        { "A dozen tanks crossed.", "en", "A dozen tanks", "Officials counted 12 tanks.", "en", "12 tanks", false, false },
        { "It earns $250 billion a year in revenue.", "en", "$250 billion a year in revenue",
          "It earns $250bn annually in revenue.", "en", "$250bn annually in revenue", false, false },
        { "Seven ministers resigned.", "en", "Seven ministers", "Officials said 7 ministers resigned.", "en", "7 ministers", false, false },
        { "They agreed on a 40 km buffer zone.", "en", "40 km buffer zone", "They agreed on a 40-kilometre buffer zone.", "en", "40-kilometre buffer zone", false, false },
        { "Russia fired nearly 80 ballistic missiles.", "en", "nearly 80 ballistic missiles", "Russia fired nearly 80 missiles.", "en", "nearly 80 missiles", false, false },
        { "Kyiv lost 500 Shahed drones.", "en", "500 Shahed drones", "Kyiv lost 500 attack drones.", "en", "500 attack drones", false, false },
        { "Some 300 tanks were moved.", "en", "Some 300 tanks", "About 300 tanks were moved.", "en", "About 300 tanks", false, false },
        // One amount, in two languages.
        { "Washington hat mehr als 60 Milliarden Dollar bereitgestellt.", "de", "mehr als 60 Milliarden Dollar",
          "Washington has provided more than $60 billion.", "en", "more than $60 billion", false, false },
        { "Plus de 1 500 000 personnes ont fui.", "fr", "Plus de 1 500 000 personnes",
          "More than 1.5 million people fled.", "en", "More than 1.5 million people", false, false },
        { "Es wurden 1.000,5 Tonnen Getreide geliefert.", "de", "1.000,5 Tonnen Getreide",
          "It delivered 1,000.5 tonnes of grain.", "en", "1,000.5 tonnes of grain", false, false },
        { "Росія запустила понад 500 дронів.", "uk", "понад 500 дронів", "Russia launched over 500 drones.", "en", "over 500 drones", false, false },
        { "أطلقت روسيا أكثر من 500 طائرة مسيرة.", "ar", "أكثر من 500 طائرة مسيرة", "Russia launched more than 500 drones.", "en", "more than 500 drones", false, false },
        { "Il y avait 2\u00A0000 soldats.", "fr", "2 000 soldats", "There were 2,000 soldiers.", "en", "2,000 soldiers", false, false },
        { "Etwa 1,5 Millionen Menschen flohen.", "de", "Etwa 1,5 Millionen Menschen", "About 1.5 million people fled.", "en", "About 1.5 million people", false, false },
        // One quantity, different amounts: the row says so.
        { "Estimates suggest nearly 1 million Russian troops were hit.", "en", "nearly 1 million Russian troops",
          "About 700,000 Russian troops were hit.", "en", "About 700,000 Russian troops", true, false },
        { "At least 12 civilians were killed.", "en", "At least 12 civilians", "Officials said 15 civilians were killed.", "en", "15 civilians", true, false },
        { "Congress approved $60 billion in military aid.", "en", "$60 billion in military aid",
          "Congress approved $61 billion in aid.", "en", "$61 billion in aid", true, false },
        { "Russia fired 60 ballistic missiles.", "en", "60 ballistic missiles", "Russia fired 80 missiles.", "en", "80 missiles", true, false },
        // One amount, hedged different ways: the row says so.
        { "Russia launched over 500 drones.", "en", "over 500 drones", "Russia launched nearly 500 drones.", "en", "nearly 500 drones", false, true },
        { "They may deploy up to 200 missiles.", "en", "up to 200 missiles", "They may deploy more than 200 missiles.", "en", "more than 200 missiles", false, true },
        { "Fast 300 Panzer wurden verlegt.", "de", "Fast 300 Panzer", "At least 300 tanks were moved.", "en", "At least 300 tanks", false, true },
    };

    [Theory]
    [MemberData(nameof(OneQuantity))]
    public void One_quantity_is_one_row_with_each_reports_wording(string a, string languageA, string figureA, string b, string languageB, string figureB, bool differs, bool hedgesDiffer)
    {
        var row = Assert.Single(Rows(a, languageA, b, languageB));
        Assert.Equal([figureA], row.PerOutlet[0]);
        Assert.Equal([figureB], row.PerOutlet[1]);
        Assert.Equal((differs, hedgesDiffer), (row.Differs, row.HedgesDiffer));
    }

    /// <summary>(report A, its language, its figure, report B, its language, its figure): two quantities.</summary>
    public static TheoryData<string, string, string, string, string, string> TwoQuantities => new()
    {
        { "It backs a levy on fortunes above $1 billion.", "en", "above $1 billion", "It says $90 billion is lost to illicit flows.", "en", "$90 billion is lost to illicit flows" },
        { "The levy could raise $250 billion a year in revenue.", "en", "$250 billion a year in revenue", "Some $90 billion was lost to illicit flows.", "en", "Some $90 billion was lost to illicit flows" },
        { "In the end 19 of the 20 members backed it.", "en", "19 of the 20 members", "Russia fired 20 drones.", "en", "20 drones" },
        { "It ended a three-year campaign.", "en", "three-year campaign", "It wants a report within two years.", "en", "within two years" },
        { "It lost 1 million Russian troops.", "en", "1 million Russian troops", "It lost 400,000 Ukrainian troops.", "en", "400,000 Ukrainian troops" },
        { "It sent 1,000 Russian troops.", "en", "1,000 Russian troops", "It sent 1,000 Ukrainian troops.", "en", "1,000 Ukrainian troops" },
        { "About 40% of voters agreed.", "en", "About 40% of voters", "It reported a 40% turnout.", "en", "40% turnout" },
        { "Russia fired 500 drones.", "en", "500 drones", "Russia fired 500 missiles.", "en", "500 missiles" },
        { "The strike killed 12 civilians.", "en", "12 civilians", "The strike killed 12 soldiers.", "en", "12 soldiers" },
        { "Brussels offered €5 billion in loans.", "en", "€5 billion in loans", "Washington offered $5 billion in loans.", "en", "$5 billion in loans" },
        { "It sent 5,000 troops.", "en", "5,000 troops", "It sent 5,000 tanks.", "en", "5,000 tanks" },
        { "They proposed a 2% levy.", "en", "2% levy", "It reported 3% inflation.", "en", "3% inflation" },
        { "It moved 30 tanks.", "en", "30 tanks", "It agreed a 30-day ceasefire.", "en", "30-day ceasefire" },
        { "It pledged 155mm shells.", "en", "155mm shells", "It pledged 155 tanks.", "en", "155 tanks" },
        { "Three ministers met.", "en", "Three ministers", "They met for three hours.", "en", "three hours" },
        { "Congress approved $66 billion in aid.", "en", "$66 billion in aid", "It took $66 million in loans.", "en", "$66 million in loans" },
        { "Officials said 1.5 million people fled.", "en", "1.5 million people", "It cost 1.5 million dollars.", "en", "1.5 million dollars" },
        { "Seven ministers resigned.", "en", "Seven ministers", "The talks lasted seven days.", "en", "seven days" },
        { "Russia launched over 500 drones.", "en", "over 500 drones", "Russia launched 500 missiles.", "en", "500 missiles" },
        { "It budgets $1 billion for schools.", "en", "$1 billion for schools", "It spent $2 billion on roads.", "en", "$2 billion on roads" },
        { "Il y avait 2 000 soldats.", "fr", "2 000 soldats", "There were 3,000 soldiers.", "en", "3,000 soldiers" },
        { "It bought 5 new tanks.", "en", "5 new tanks", "It bought 5 new jets.", "en", "5 new jets" },
        { "Germany has delivered three Patriot systems.", "en", "three Patriot systems", "Kyiv needs at least 10 Patriot systems.", "en", "at least 10 Patriot systems" },
    };

    [Theory]
    [MemberData(nameof(TwoQuantities))]
    public void Two_quantities_are_two_rows_that_do_not_disagree(string a, string languageA, string figureA, string b, string languageB, string figureB)
    {
        var rows = Rows(a, languageA, b, languageB);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.False(r.Differs || r.HedgesDiffer));
        Assert.Contains(rows, r => r.PerOutlet[0].SequenceEqual([figureA]) && r.PerOutlet[1].Count == 0);
        Assert.Contains(rows, r => r.PerOutlet[1].SequenceEqual([figureB]) && r.PerOutlet[0].Count == 0);
    }

    [Fact]
    public void Unrelated_amounts_of_one_currency_in_one_story_are_separate_rows()
    {
        var rows = FigureTable.Build(
        [
            FigureFinder.Find("The plan is a levy on fortunes above $1 billion. It could raise $250 billion a year in revenue."),
            FigureFinder.Find("Supporters say $90 billion is lost to illicit flows, and the levy would raise $250bn annually in revenue."),
        ]);
        Assert.Equal(
        [
            ("revenue", "$250 billion a year in revenue", "$250bn annually in revenue"),
            ("levy on fortunes", "above $1 billion", ""),
            ("illicit flows", "", "$90 billion is lost to illicit flows"),
        ], rows.Select(r => (r.Subject, string.Join("; ", r.PerOutlet[0]), string.Join("; ", r.PerOutlet[1]))));
        Assert.All(rows, r => Assert.False(r.Differs));
    }

    [Fact]
    public void A_figure_in_another_language_joins_no_row_when_two_could_be_it()
    {
        var rows = FigureTable.Build([FigureFinder.Find("It sent 100 drones and 100 soldiers."), FigureFinder.Find("Es kamen 100 Panzer.", "de")]);
        Assert.Equal(["drones", "soldiers", "Panzer"], rows.Select(r => r.Subject));
    }

    [Theory]
    [InlineData("The 2019 freeze ended.", "en")]
    [InlineData("They met on July 3, 2025, at 10:30.", "en")]
    [InlineData("It flew F-16 and Su-35 jets under Article 5.", "en")]
    [InlineData("The 3rd brigade and the 1990s.", "en")]
    [InlineData("Das Treffen fand am 3. Juli 2025 statt, nach dem Einfrieren von 2019.", "de")]
    [InlineData("Der 3. Versuch scheiterte im Jahr 2019.", "de")]
    [InlineData("La réunion a eu lieu le 3 juillet, depuis 2019.", "fr")]
    [InlineData("Зустріч відбулася 3 липня 2025 року.", "uk")]
    [InlineData("عقد الاجتماع في عام 2019.", "ar")]
    public void Years_dates_times_designations_and_ordinals_are_not_figures(string text, string language)
    {
        Assert.Empty(FigureFinder.Find(text, language));
    }
}
