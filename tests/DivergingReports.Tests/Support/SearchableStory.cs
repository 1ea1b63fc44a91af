namespace DivergingReports.Tests.Support;

/// <summary>
/// A story added to the synthetic publication for the search tests: the only one whose words
/// include "quince", reported by an American, a British and a French outlet.
/// </summary>
public static class SearchableStory
{
    public const string Slug = "quince-harvest";
    public const string Title = "Quince harvest fails in Lowick after a late frost";
    public const string Word = "quince";

    public static void WriteTo(TestProject project)
    {
        foreach (var (source, text) in new[]
                 {
                     ("harbor-ledger", "Growers in Lowick lost most of the quince harvest to a late frost, the farm board said."),
                     ("thames-observer", "A late frost ruined the quince crop, and growers asked for help."),
                     ("gazette-du-rhone", "The quince harvest failed; prices of the fruit doubled at the market."),
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
