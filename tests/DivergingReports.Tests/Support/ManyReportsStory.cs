using System.Globalization;
using System.Text;

namespace DivergingReports.Tests.Support;

/// <summary>
/// One story compared across many outlets' reports, written into a test publication: varied
/// articles (sentences drawn from a seeded generator, so the same count gives the same bytes) with
/// quotes, figures and names; one quotation a third of the reports carry; a count of villages they
/// give alike but hedge two ways; a count of homes the
/// reports dispute; and a wire text several outlets reprint word for word.
/// </summary>
public sealed class ManyReportsStory
{
    public const string Slug = "harbour-storm";
    public const string SharedQuote = "We will rebuild the harbour before the winter storms arrive";
    public const string WireLine = "Engineers from the port authority inspected the damaged breakwater on Monday and";

    public int Count { get; }

    private ManyReportsStory(int count) => Count = count;

    public static string Outlet(int report) => $"Outlet {report:000} Daily";

    private static string Id(int report) => $"outlet-{report:000}";

    /// <summary>The reports that carry <see cref="SharedQuote"/>.</summary>
    public IEnumerable<int> Quoting => Enumerable.Range(0, Count).Where(r => r % 3 == 0 && !IsReprint(r));

    /// <summary>The reports that reprint the wire text.</summary>
    public IEnumerable<int> Reprinting => Enumerable.Range(0, Count).Where(IsReprint);

    private static bool IsReprint(int report) => report % 50 == 7;

    private static readonly string[] People = ["Elena Vasquez", "Tomas Berg", "Amina Okafor", "Chen Wei", "Lars Nilsen", "Priya Raman", "Omar Haddad", "Sofia Rossi"];
    private static readonly string[] Verbs = ["said", "warned", "argued", "told reporters", "insisted"];
    private static readonly string[] Words =
    [
        "officials", "harbour", "storm", "residents", "council", "repairs", "budget", "insurers", "engineers", "fishermen",
        "ferries", "flooding", "shelters", "volunteers", "roads", "power", "schools", "warnings", "damage", "families",
        "coast", "boats", "inspectors", "funds", "ministers", "tides", "cranes", "cargo", "tourists", "bridges",
    ];

    public static ManyReportsStory Write(TestProject project, int count)
    {
        var story = new ManyReportsStory(count);
        project.Write("site.yml", TestProject.SiteYml + "\nlimits:\n  reports_per_story: 1000\n");
        var wire = Article(new Random(count + 1), 500, 0) + $"\n\n{WireLine} found cracks along four hundred metres of it.\n";
        var reports = new StringBuilder();
        for (var r = 0; r < count; r++)
        {
            project.Write($"content/sources/{Id(r)}.yml", $"name: {Outlet(r)}\nhomepage: https://{Id(r)}.example/\ncountry: {(r % 2 == 0 ? "NO" : "GB")}\n");
            var text = IsReprint(r)
                ? wire
                : Article(new Random(r), 300 + r % 7 * 60, r) + (r % 3 == 0 ? $"\n\n“{SharedQuote},” Mayor Elena Vasquez said.\n" : "")
                    // One count every report gives alike, hedged two ways: "over 40 villages", "nearly 40 villages".
                    + $"\n\nRescuers reached {(r % 2 == 0 ? "over" : "nearly")} 40 villages.\n";
            project.Write($"content/articles/{Id(r)}-storm.md",
                $"---\ntitle: The storm, as {Outlet(r)} reports it\nsource: {Id(r)}\npublished: 2025-11-0{1 + r % 3}\n---\n\n{text}");
            reports.Append($"  - article: {Id(r)}-storm\n");
        }
        project.Write($"content/breakdowns/2025-11-03-{Slug}.yml",
            $"title: A storm hits the harbour\ndate: 2025-11-03\nslug: {Slug}\nsummary: A storm damaged the harbour.\nreports:\n{reports}");
        return story;
    }

    private static string Article(Random random, int words, int report)
    {
        var text = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            var sentence = Enumerable.Range(0, 8 + random.Next(12)).Select(_ => Words[random.Next(Words.Length)]).ToList();
            var person = People[random.Next(People.Length)];
            switch (random.Next(5))
            {
                case 0: text.Append(CultureInfo.InvariantCulture, $"“{Capital(string.Join(' ', sentence))},” {person} {Verbs[random.Next(Verbs.Length)]}. "); break;
                case 1: text.Append(CultureInfo.InvariantCulture, $"The storm destroyed {(report % 4 == 0 ? "1,500" : "1,200")} homes and {sentence[0]} {string.Join(' ', sentence.Skip(1))}. "); break;
                case 2: text.Append(CultureInfo.InvariantCulture, $"Nearly {random.Next(2, 90) * 10} {sentence[0]} near the harbour {string.Join(' ', sentence.Skip(1))}. "); break;
                default: text.Append(Capital(string.Join(' ', sentence))).Append(". "); break;
            }
            count += sentence.Count + 3;
            if (random.Next(4) == 0) text.Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
