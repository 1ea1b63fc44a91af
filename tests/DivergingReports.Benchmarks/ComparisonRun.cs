using System.Diagnostics;
using System.Globalization;
using System.Text;
using DivergingReports.Analysis;

namespace DivergingReports.Benchmarks;

/// <summary>
/// The comparison at its limits: one story of many reports built by <c>divrep build</c> (time,
/// the story page's size, peak memory), and <see cref="StoryComparison.Compare"/> on an article of
/// one block of paragraphs repeated to a few megabytes.
/// </summary>
public static class ComparisonRun
{
    public static void ManyReports(int reports)
    {
        var root = Path.Combine(Path.GetTempPath(), $"divrep-bench-reports-{reports}");
        WriteStory(root, reports);
        var output = Path.Combine(root, "_site");
        var run = BuildRun.Run(root, output);
        var page = new FileInfo(Path.Combine(output, "stories", "many-reports", "index.html")).Length;
        var data = new FileInfo(Path.Combine(output, "stories", "many-reports", "index.json")).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| one story of {reports} reports: full build | {run.Wall.TotalSeconds:0.00} s | page {page / 1024.0 / 1024:0.00} MB, index.json {data / 1024.0 / 1024:0.00} MB | peak {run.PeakMegabytes} MB |"));
    }

    public static void RepeatedArticle(int megabytes)
    {
        var block = "“We will not accept 40 percent of the plan,” Maria Alvarez said on Tuesday.\n"
            + "The ministry counted 1,200 workers and nearly 300 troops in the region, Yuri Petrenko told reporters.\n"
            + "“It is a crisis,” said Amina Okafor of the North Atlantic Treaty Organization.\n";
        var text = new StringBuilder();
        while (text.Length < megabytes * 1024 * 1024) text.Append(block);
        var reports = new[]
        {
            new ComparedText("repeated", "Repeated", text.ToString()),
            new ComparedText("plain", "Plain", block),
        };
        StoryComparison.Compare(reports, ["Repeated", "Plain"]); // warm up the code paths
        var clock = Stopwatch.StartNew();
        var comparison = StoryComparison.Compare(reports, ["Repeated", "Plain"]);
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| an article of one block repeated to {megabytes} MB: StoryComparison.Compare | {clock.Elapsed.TotalSeconds:0.00} s | {comparison.Quotes.Count} quotes, {comparison.Figures.Count} figures, {comparison.Names.Count} names | |"));
    }

    /// <summary>A publication of one story compared across <paramref name="reports"/> outlets' articles, a tenth of them reprints of a wire text.</summary>
    private static void WriteStory(string root, int reports)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        foreach (var folder in new[] { "sources", "articles", "breakdowns" })
            Directory.CreateDirectory(Path.Combine(root, "content", folder));
        File.WriteAllText(Path.Combine(root, "site.yml"),
            "title: Many Reports\ndescription: One story, many reports.\nbase_url: https://example.org/\nlimits:\n  reports_per_story: 100000\n");
        var wire = Article(new Random(reports + 1), 700);
        var list = new StringBuilder();
        for (var r = 0; r < reports; r++)
        {
            var random = new Random(r);
            File.WriteAllText(Path.Combine(root, "content", "sources", $"outlet-{r:0000}.yml"),
                $"name: Outlet {r:0000}\nhomepage: https://outlet{r:0000}.example/\n");
            var text = r % 10 == 3 ? wire + $"\nOutlet {r:0000} adds a line of its own.\n" : Article(random, 400 + random.Next(500));
            File.WriteAllText(Path.Combine(root, "content", "articles", $"outlet-{r:0000}-report.md"),
                $"---\ntitle: Report {r}\nsource: outlet-{r:0000}\npublished: 2025-07-03\n---\n\n{text}");
            list.Append($"  - article: outlet-{r:0000}-report\n");
        }
        File.WriteAllText(Path.Combine(root, "content", "breakdowns", "2025-07-03-many-reports.yml"),
            $"title: Many reports\ndate: 2025-07-03\nsummary: Many outlets report it.\nreports:\n{list}");
    }

    /// <summary>An article of the benchmark corpus; about a third also carry a line many outlets quote.</summary>
    private static string Article(Random random, int words)
    {
        var text = Corpus.Article(random, "Valmora", words).TrimEnd();
        if (random.Next(3) == 0) text += "\n\n“We will rebuild the port within a year,” Maria Alvarez said, promising 2,000 new jobs.";
        return text + "\n";
    }
}
