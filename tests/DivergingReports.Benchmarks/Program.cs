using System.Diagnostics;
using System.Globalization;
using DivergingReports.Benchmarks;

// dotnet run -c Release --project tests/DivergingReports.Benchmarks -- [--stories N] [--corpus DIR] [--runs R] [--serve-edits E] [--search] [--deploy]
// dotnet run -c Release --project tests/DivergingReports.Benchmarks -- --comparison [--reports N,N] [--megabytes M,M]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--comparison"))
{
    Console.WriteLine("| comparison case | time | size | memory |");
    Console.WriteLine("| --- | ---: | --- | ---: |");
    foreach (var mb in Numbers("--megabytes", "2,4,8")) ComparisonRun.RepeatedArticle(mb);
    foreach (var n in Numbers("--reports", "300,1000")) ComparisonRun.ManyReports(n);
    return 0;
}
var stories = Option("--stories", 1000);
var runs = Option("--runs", 3);
var serveEdits = Option("--serve-edits", 5);
var given = Value("--corpus");
var corpus = given ?? Path.Combine(Path.GetTempPath(), $"divrep-bench-{stories}");
if (given is null)
{
    var clock = Stopwatch.StartNew();
    Corpus.Write(corpus, stories);
    Console.WriteLine($"corpus: {stories} stories × 4 reports in {corpus} ({clock.Elapsed.TotalSeconds:0.0} s to write)");
}
else stories = Directory.GetFiles(Path.Combine(corpus, "content", "breakdowns"), "*.yml").Length;
// The publication overrides one template of the built-in theme, which the runs edit.
var template = Path.Combine(corpus, "templates", "page.sbn");
if (!File.Exists(template))
{
    Directory.CreateDirectory(Path.GetDirectoryName(template)!);
    File.Copy(Path.Combine(RepositoryRoot(), "src", "DivergingReports", "Theme", "page.sbn"), template);
}
var output = Path.Combine(Path.GetTempPath(), $"divrep-bench-site-{Path.GetFileName(corpus)}");
// --search: each run also builds the site with its search index, as the Pages workflow does, from a fresh folder.
var search = args.Contains("--search");
if (search) InstallPagefind(corpus);
var searchOutput = output + "-search";

var results = new List<(string Scenario, BuildRun Run)>();
for (var run = 1; run <= runs; run++)
{
    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    results.Add(("full build", BuildRun.Run(corpus, output)));
    results.Add(("no-change rebuild", BuildRun.Run(corpus, output)));
    if (search)
    {
        if (Directory.Exists(searchOutput)) Directory.Delete(searchOutput, recursive: true);
        results.Add(("full build with search", BuildRun.Run(corpus, searchOutput, "--search")));
    }
    // A corpus given with --corpus may carry an earlier benchmark's edit: the label differs from any earlier one, so the edit changes the file.
    results.Add(("after editing one breakdown", Edit(Directory.GetFiles(Path.Combine(corpus, "content", "breakdowns")).Order().First(), text => Edits.Breakdown(text, $"run {run}, {Guid.NewGuid():N}"))));
    results.Add(("after editing one article", Edit(Directory.GetFiles(Path.Combine(corpus, "content", "articles")).Order().First(), text => text.TrimEnd() + $"\n\nEdited in run {run}.\n")));
    results.Add(("after editing one template", Edit(template, text => Edits.Before(text, "</", $"<!-- run {run} -->"))));
}

Console.WriteLine();
Console.WriteLine($"| scenario ({stories} stories) | median wall s | of which search index s | files | site MB | written | pages/s | peak MB |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var group in results.GroupBy(r => r.Scenario))
{
    var ordered = group.Select(g => g.Run).OrderBy(r => r.Wall).ToArray();
    var median = ordered[ordered.Length / 2];
    var indexing = median.Indexing > TimeSpan.Zero ? median.Indexing.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {group.Key} | {median.Wall.TotalSeconds:0.00} | {indexing} | {median.Files} | {median.Bytes / 1e6:0.0} | {median.Written} | {median.Files / median.Wall.TotalSeconds:0} | {ordered.Max(r => r.PeakMegabytes)} |"));
}

// --deploy: the built site to a local S3 API server, once in full and once with nothing changed.
if (args.Contains("--deploy"))
{
    var (first, again, log) = DeployRun.Run(corpus, output, RepositoryRoot());
    Console.WriteLine();
    Console.WriteLine($"| deploy ({stories} stories, local s3rver) | wall s |");
    Console.WriteLine("| --- | ---: |");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| first deploy (every file uploaded) | {first.TotalSeconds:0.00} |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| deploy with nothing changed | {again.TotalSeconds:0.00} |"));
    Console.WriteLine($"({log})");
}

if (serveEdits > 0)
{
    var edits = await ServeRun.RunAsync(corpus, serveEdits);
    Console.WriteLine();
    Console.WriteLine($"| serve ({stories} stories, {edits.Count} edits) | median ms | runs ms |");
    Console.WriteLine("| --- | ---: | --- |");
    Row("serve: one-breakdown edit to reload (ms)", edits.Select(e => e.SaveToReload));
    Row("serve: the server's rebuild, as it logs it (ms)", edits.Select(e => (double)e.Rebuild));
    Console.WriteLine($"| serve: settle delay after the last file event (ms) | {DivergingReports.Serving.SiteWatcher.SettleMilliseconds} | fixed in SiteWatcher |");
    Row("serve: the rest: file events, reload push (ms)", edits.Select(e => e.SaveToReload - e.Rebuild - DivergingReports.Serving.SiteWatcher.SettleMilliseconds));
}
return 0;

static void Row(string scenario, IEnumerable<double> values)
{
    var all = values.ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario} | {all.Order().ElementAt(all.Length / 2):0} | {string.Join(", ", all.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} |"));
}

BuildRun Edit(string file, Func<string, string> edit)
{
    File.WriteAllText(file, edit(File.ReadAllText(file)));
    return BuildRun.Run(corpus, output);
}

// The repository's Pagefind (npm ci at its root), put where npm would install it in the corpus.
static void InstallPagefind(string corpus)
{
    var root = new DivergingReports.Content.ProjectPaths(RepositoryRoot());
    var pagefind = DivergingReports.Search.Pagefind.Find(root, out var why)
        ?? throw new InvalidOperationException($"--search needs Pagefind: {why}; run npm ci in the repository's folder");
    var target = Path.Combine(corpus, Path.GetRelativePath(root.Root, pagefind.Program));
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.Copy(pagefind.Program, target, overwrite: true);
}

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DivergingReports.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run the benchmark from the repository");
}

IEnumerable<int> Numbers(string name, string fallback) =>
    (Value(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture));

int Option(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
