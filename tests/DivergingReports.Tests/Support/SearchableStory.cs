namespace DivergingReports.Tests.Support;

/// <summary>
/// A story added to the synthetic publication for the search tests: the only one whose words
/// include "quince", reported by an American, a British and a French outlet; the French report
/// quotes a sign whose text looks like HTML.
/// </summary>
public static class SearchableStory
{
    public const string Slug = "quince-harvest";
    public const string Title = "Quince harvest fails in Lowick after a late frost";
    public const string Word = "quince";

    /// <summary>A word of one report only, beside text that looks like markup (shown as text on the page, as the site shows pasted HTML).</summary>
    public const string MarkupWord = "marmalade";

    public static void WriteTo(TestProject project)
    {
        foreach (var (source, text) in new[]
                 {
                     ("harbor-ledger", "Growers in Lowick lost most of the quince harvest to a late frost, the farm board said."),
                     ("thames-observer", "A late frost ruined the quince crop, and growers asked for help."),
                     ("gazette-du-rhone", "The quince harvest failed; prices of the fruit doubled at the market, where a sign read <b>no marmalade</b> & <img src=x onerror=alert(1)> sorry."),
                 })
            project.Write($"content/articles/2024-11-20-{source}-quince.md", $"""
                ---
                title: {source} on the quince harvest
                source: {source}
                published: 2024-11-20
                ---

                {text}
                """);
        project.Write($"content/breakdowns/2024-11-20-{Slug}.yml", $"""
            title: {Title}
            date: 2024-11-20
            tags: [climate]
            summary: |
              A late frost destroyed most of the quince harvest in Lowick.
            reports:
              - article: 2024-11-20-harbor-ledger-quince
                summary: Leads with the growers' losses.
              - article: 2024-11-20-thames-observer-quince
                summary: Leads with the call for help.
              - article: 2024-11-20-gazette-du-rhone-quince
                summary: Leads with prices.
            """);
    }
}
