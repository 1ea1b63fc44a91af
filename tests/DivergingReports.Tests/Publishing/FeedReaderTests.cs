using System.Text.Json;
using DivergingReports.Tests.Support;
using Xunit.Abstractions;

namespace DivergingReports.Tests.Publishing;

/// <summary>
/// The feeds, read by a real feed reader's parser (Python's feedparser, as Debian ships it): none is
/// malformed, and each carries exactly its latest stories with absolute links, dates and summaries.
/// feed.json is checked against JSON Feed 1.1.
/// </summary>
public class FeedReaderTests(ITestOutputHelper output)
{
    // Parses each feed named on the command line and prints what a reader would see, as JSON.
    private const string FeedCheckScript = """
        import calendar, json, sys
        import feedparser

        def text(value):
            return value if isinstance(value, str) else None

        result = []
        for path in sys.argv[1:]:
            d = feedparser.parse(path)
            entries = []
            for e in d.entries:
                entries.append({
                    "title": text(e.get("title")),
                    "link": text(e.get("link")),
                    "id": text(e.get("id")),
                    "published": calendar.timegm(e.published_parsed) if e.get("published_parsed") else None,
                    "summary": text(e.get("summary")),
                })
            result.append({
                "path": path,
                "version": d.get("version") or "",
                "bozo": bool(d.get("bozo")),
                "bozo_exception": repr(d.get("bozo_exception")) if d.get("bozo") else None,
                "title": text(d.feed.get("title")),
                "link": text(d.feed.get("link")),
                "entries": entries,
            })
        json.dump(result, sys.stdout, ensure_ascii=False)
        """;

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [SkippableFact]
    public void Feedparser_reads_every_feed_with_its_latest_stories()
    {
        var python = Tools.Require(Tool.PythonFeedparser);
        var site = ReadOnlySite.SyntheticPublication.Site;

        var expected = new Dictionary<string, (string Version, IReadOnlyList<SyntheticPublication.StoryInfo> Stories)>(StringComparer.Ordinal)
        {
            ["feed.xml"] = ("rss20", SyntheticPublication.Published),
            ["atom.xml"] = ("atom10", SyntheticPublication.Published),
        };
        foreach (var source in SyntheticPublication.Sources)
            expected[$"sources/{source.Id}/feed.xml"] = ("rss20", SyntheticPublication.Published.Where(s => s.Sources.Contains(source.Id)).ToArray());
        foreach (var country in SyntheticPublication.Sources.Select(s => s.Country).OfType<string>().Distinct())
            expected[$"countries/{country.ToLowerInvariant()}/feed.xml"] = ("rss20", SyntheticPublication.Published
                .Where(s => s.Sources.Any(id => SyntheticPublication.Sources.Single(x => x.Id == id).Country == country)).ToArray());
        foreach (var tag in SyntheticPublication.Published.SelectMany(s => s.Tags).Distinct())
            expected[$"tags/{tag}/feed.xml"] = ("rss20", SyntheticPublication.Published.Where(s => s.Tags.Contains(tag)).ToArray());

        // Every source feed the site has is one we expect, and the reverse.
        var sourceFeeds = site.Files("feed.xml").Where(f => f.StartsWith("sources/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected.Keys.Where(k => k.StartsWith("sources/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), sourceFeeds);

        var files = expected.Keys.Order(StringComparer.Ordinal).ToArray();
        // The site is shared with other tests: the script goes in a folder of its own.
        using var scripts = new TestProject(minimal: false);
        var script = Path.Combine(scripts.Root, "feedcheck.py");
        File.WriteAllText(script, FeedCheckScript);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Tools.Run(python, [script, .. files], workingDirectory: site.Folder, timeout: TimeSpan.FromMinutes(2));
        output.WriteLine($"feedparser read {files.Length} feeds in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(run.ExitCode == 0, $"the feedparser script failed:\n{run}");

        using var json = JsonDocument.Parse(run.Output);
        var problems = new List<string>();
        foreach (var feed in json.RootElement.EnumerateArray())
        {
            var path = feed.GetProperty("path").GetString()!;
            var (version, all) = expected[path];
            if (feed.GetProperty("bozo").GetBoolean())
                problems.Add($"{path}: feedparser flags it malformed: {feed.GetProperty("bozo_exception")}");
            if (feed.GetProperty("version").GetString() != version)
                problems.Add($"{path}: read as '{feed.GetProperty("version")}', expected {version}");
            if (feed.GetProperty("link").GetString() is not { } link || !link.StartsWith(SyntheticPublication.BaseUrl, StringComparison.Ordinal))
                problems.Add($"{path}: the feed's link '{feed.GetProperty("link")}' is not an absolute address on the site");

            var want = all.Take(SyntheticPublication.FeedItems).ToArray();
            var entries = feed.GetProperty("entries").EnumerateArray().ToArray();
            var got = entries.Select(e => e.GetProperty("title").GetString()).ToArray();
            if (!got.SequenceEqual(want.Select(s => s.Title)))
                problems.Add($"{path}: entries are\n    [{string.Join(" | ", got)}]\n  expected the latest {want.Length}\n    [{string.Join(" | ", want.Select(s => s.Title))}]");

            foreach (var (entry, story) in entries.Zip(want))
            {
                var at = $"{path}: '{story.Title}'";
                if (entry.GetProperty("link").GetString() != story.Url)
                    problems.Add($"{at}: link is '{entry.GetProperty("link")}', expected {story.Url}");
                if (entry.GetProperty("id").GetString() is not { Length: > 0 } id || !Uri.TryCreate(id, UriKind.Absolute, out _))
                    problems.Add($"{at}: id '{entry.GetProperty("id")}' is not an absolute address");
                var published = entry.GetProperty("published");
                var midnight = new DateTimeOffset(story.Date.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(story.Date.ToDateTime(TimeOnly.MinValue)));
                if (published.ValueKind != JsonValueKind.Number)
                    problems.Add($"{at}: feedparser found no published date");
                else if (published.GetInt64() != midnight.ToUnixTimeSeconds())
                    problems.Add($"{at}: published {DateTimeOffset.FromUnixTimeSeconds(published.GetInt64()):u}, expected {midnight:u} ({story.Date} in America/New_York)");
                if (entry.GetProperty("summary").GetString() is not { } summary || string.IsNullOrWhiteSpace(summary))
                    problems.Add($"{at}: no summary");
                else if (!summary.Contains("drew coverage from", StringComparison.Ordinal))
                    problems.Add($"{at}: the summary does not carry the editor's account: {summary[..Math.Min(120, summary.Length)]}");
            }
        }
        Assert.Equal(files.Length, json.RootElement.GetArrayLength());
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in the feeds as feedparser reads them:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Feed_json_follows_json_feed_1_1()
    {
        var site = ReadOnlySite.SyntheticPublication.Site;
        using var json = JsonDocument.Parse(site.Text("feed.json"));
        var feed = json.RootElement;
        var problems = new List<string>();

        Assert.Equal(JsonValueKind.Object, feed.ValueKind);
        string? Str(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : $"<{v.ValueKind}>" : null;
        void AbsoluteUrl(JsonElement e, string name, string where, bool required, string? equals = null)
        {
            var url = Str(e, name);
            if (url is null) { if (required) problems.Add($"{where}: required '{name}' is missing"); return; }
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                problems.Add($"{where}: '{name}' is '{url}', not an absolute http(s) URL");
            else if (equals is not null && url != equals)
                problems.Add($"{where}: '{name}' is '{url}', expected {equals}");
        }
        void Rfc3339(JsonElement e, string name, string where)
        {
            if (Str(e, name) is { } date && !System.Text.RegularExpressions.Regex.IsMatch(date, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"))
                problems.Add($"{where}: '{name}' is '{date}', not an RFC 3339 date-time");
        }

        // Top level (https://jsonfeed.org/version/1.1): version and title required, items required.
        if (Str(feed, "version") != "https://jsonfeed.org/version/1.1") problems.Add($"version is '{Str(feed, "version")}'");
        if (string.IsNullOrWhiteSpace(Str(feed, "title"))) problems.Add("title is missing or empty");
        AbsoluteUrl(feed, "home_page_url", "feed", required: false, equals: SyntheticPublication.BaseUrl);
        AbsoluteUrl(feed, "feed_url", "feed", required: false, equals: SyntheticPublication.BaseUrl + "feed.json");
        if (feed.TryGetProperty("language", out var language) && language.ValueKind != JsonValueKind.String) problems.Add("language is not a string");
        if (feed.TryGetProperty("author", out _)) problems.Add("'author' is JSON Feed 1.0; 1.1 uses 'authors'");
        Assert.True(feed.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array, "items must be an array");

        var want = SyntheticPublication.Published.Take(SyntheticPublication.FeedItems).ToArray();
        var list = items.EnumerateArray().ToArray();
        Assert.Equal(want.Select(s => s.Url), list.Select(i => Str(i, "url")));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, story) in list.Zip(want))
        {
            var where = $"item '{story.Title}'";
            if (Str(item, "id") is not { Length: > 0 } id) problems.Add($"{where}: required 'id' is missing or empty");
            else if (!ids.Add(id)) problems.Add($"{where}: id '{id}' is not unique");
            AbsoluteUrl(item, "url", where, required: true, equals: story.Url);
            AbsoluteUrl(item, "external_url", where, required: false);
            AbsoluteUrl(item, "image", where, required: false);
            if (Str(item, "title") != story.Title) problems.Add($"{where}: title is '{Str(item, "title")}'");
            var html = Str(item, "content_html");
            var text = Str(item, "content_text");
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text)) problems.Add($"{where}: neither content_html nor content_text");
            if (item.TryGetProperty("summary", out var summary) && summary.ValueKind != JsonValueKind.String) problems.Add($"{where}: summary is not a string");
            Rfc3339(item, "date_published", where);
            Rfc3339(item, "date_modified", where);
            if (Str(item, "date_published") is null) problems.Add($"{where}: no date_published");
            if (item.TryGetProperty("tags", out var tags) && (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)))
                problems.Add($"{where}: tags is not an array of strings");
            if (item.TryGetProperty("authors", out var authors) && (authors.ValueKind != JsonValueKind.Array
                || authors.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.Object || !(a.TryGetProperty("name", out _) || a.TryGetProperty("url", out _) || a.TryGetProperty("avatar", out _)))))
                problems.Add($"{where}: authors must be objects with a name, url or avatar");
        }
        Assert.True(problems.Count == 0, $"feed.json departs from JSON Feed 1.1:\n" + string.Join("\n", problems));
    }
}
