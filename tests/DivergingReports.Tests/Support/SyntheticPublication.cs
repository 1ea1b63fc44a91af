using System.Globalization;
using System.Text;

namespace DivergingReports.Tests.Support;

/// <summary>
/// A deterministic, larger publication for the real-client validators: 12 outlets in 6 countries
/// (two of unknown country, most with a lean), 40 published stories and one draft, each compared
/// across 3–4 reports of several paragraphs (quotes, figures, names, emphasis, links, headings,
/// lists, block quotes, characters that need escaping), tags, dates across two years, pagination
/// (10 a page) and a free page. No randomness: everything derives from the story's index.
/// </summary>
public static class SyntheticPublication
{
    public const string BaseUrl = "https://example.org/synthetic/";
    public const int Paginate = 10;
    public const int FeedItems = 12;

    public sealed record SourceInfo(string Id, string Name, string? Country, string? Lean);

    public sealed record StoryInfo(int Index, string Slug, string Title, DateOnly Date, bool Draft, IReadOnlyList<string> Sources, IReadOnlyList<string> Tags)
    {
        public string Url => BaseUrl + "stories/" + Slug + "/";
    }

    public static readonly IReadOnlyList<SourceInfo> Sources =
    [
        new("harbor-ledger", "The Harbor Ledger", "US", "center-left"),
        new("prairie-sentinel", "Prairie Sentinel", "US", "right"),
        new("thames-observer", "Thames Observer", "GB", "center"),
        new("northern-courier", "Northern Courier", "GB", "center-right"),
        new("le-quotidien-libre", "Le Quotidien Libre", "FR", "left"),
        new("gazette-du-rhone", "Gazette du Rhône", "FR", null),
        new("rheinische-rundschau", "Rheinische Rundschau", "DE", "center"),
        new("deccan-daily", "Deccan Daily", "IN", "center-left"),
        new("mumbai-mirrorline", "Mumbai Mirrorline", "IN", null),
        new("folha-do-sul", "Folha do Sul", "BR", "center-right"),
        new("wire-roundup", "Wire Roundup", null, null),
        new("anonymous-blog", "An anonymous blog", null, "right"),
    ];

    private static readonly string[] Events =
    [
        "port strike", "drought", "election recount", "rail merger", "vaccine rollout",
        "fishing quota", "bridge collapse", "rate decision", "border talks", "wildfire season",
    ];

    private static readonly string[] Places =
    [
        "Valmora", "Port Ellis", "Kestrel Bay", "Norhaven", "Ardent Falls", "Saltmere", "Brightwater", "Lowick",
    ];

    private static readonly string[] Angles =
    [
        "what the officials said", "who pays", "the numbers disputed", "a week of talks",
        "the court steps in", "the unions respond", "the opposition objects", "an inquiry opens",
    ];

    // People, with the spelling variants different outlets use.
    private static readonly (string Full, string Variant, string Role)[] People =
    [
        ("Amara Okafor", "Amara Okafour", "the transport minister"),
        ("Henrik Lindqvist", "Henrik Lindquist", "the mayor"),
        ("Priya Raman", "Dr. Priya Raman", "the chief scientist"),
        ("Tomás Ferreira", "Tomas Ferreira", "a government spokesman"),
        ("Grace Mbeki", "Grace M'beki", "the union leader"),
        ("Jean-Luc Moreau", "J.-L. Moreau", "the opposition leader"),
        ("Sofia Castellanos", "Sofía Castellanos", "the regional governor"),
        ("Kenji Watanabe", "Kenji Watanabe", "an independent economist"),
    ];

    private static readonly string[] TagPool =
    [
        "economy", "climate", "labour", "elections", "health", "transport", "courts", "fisheries", "energy",
    ];

    public static IReadOnlyList<StoryInfo> Stories { get; } = MakeStories();

    /// <summary>The published stories, newest first, as the site lists them (date, then slug).</summary>
    public static IReadOnlyList<StoryInfo> Published { get; } = Stories
        .Where(s => !s.Draft)
        .OrderByDescending(s => s.Date)
        .ThenBy(s => s.Slug, StringComparer.Ordinal)
        .ToArray();

    /// <summary>A new test project holding the synthetic publication and this repository's theme.</summary>
    public static TestProject Create()
    {
        var project = new TestProject(minimal: false);
        WriteTo(project);
        return project.WithTemplates();
    }

    /// <summary>
    /// The publication cut down to the stories <paramref name="kept"/>, with shorter pages and feeds so
    /// that its lists still run to several pages: for tests that build it many times over.
    /// </summary>
    public static TestProject CreateTrimmed(IReadOnlyCollection<StoryInfo> kept, int paginate, int feedItems)
    {
        var project = Create();
        var settings = project.Read("site.yml");
        Assert.Contains($"paginate: {Paginate}", settings);
        Assert.Contains($"items: {FeedItems}", settings);
        project.Write("site.yml", settings.Replace($"paginate: {Paginate}", $"paginate: {paginate}").Replace($"items: {FeedItems}", $"items: {feedItems}"));
        foreach (var story in Stories.Except(kept))
        {
            project.Delete($"content/breakdowns/{story.Date:yyyy-MM-dd}-{story.Slug}.yml");
            foreach (var source in story.Sources) project.Delete($"content/articles/{story.Date:yyyy-MM-dd}-{source}-{story.Slug}.md");
        }
        return project;
    }

    public static void WriteTo(TestProject project)
    {
        // Figures and dates in the text are formatted as an English-language outlet prints them.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { Write(project); }
        finally { CultureInfo.CurrentCulture = culture; }
    }

    private static void Write(TestProject project)
    {
        project.Write("site.yml", $"""
            title: Synthetic Reports
            description: A generated publication — forty stories, twelve outlets, six countries.
            base_url: {BaseUrl}
            language: en
            timezone: America/New_York
            question: How did your country report this?
            paginate: {Paginate}
            feeds: {"{"} items: {FeedItems} {"}"}
            spectrum: [left, center-left, center, center-right, right]
            """);

        foreach (var (source, i) in Sources.Select((s, i) => (s, i)))
            project.Write($"content/sources/{source.Id}.yml", SourceYaml(source, i));

        foreach (var story in Stories)
        {
            var articleIds = new List<string>();
            foreach (var (sourceId, k) in story.Sources.Select((s, k) => (s, k)))
            {
                var id = $"{story.Date:yyyy-MM-dd}-{sourceId}-{story.Slug}";
                articleIds.Add(id);
                project.Write($"content/articles/{id}.md", Article(story, Sources.First(s => s.Id == sourceId), k));
            }
            project.Write($"content/breakdowns/{story.Date:yyyy-MM-dd}-{story.Slug}.yml", Breakdown(story, articleIds));
        }

        project.Write("content/pages/about.md", """
            ---
            title: About this publication
            description: What Synthetic Reports is, and how its stories are put together.
            ---

            Synthetic Reports is a *generated* publication: its forty stories exist to test the
            site's pages with real validators, browsers and feed readers.

            ## How a story is made

            1. An editor picks an event that **several outlets** covered.
            2. Each report is reproduced in full, with a link to the original.
            3. The editor sets out where the reports diverge, and what they agree on.

            > We do not say which report is right.

            Read the [latest stories](../) or follow the [RSS feed](../feed.xml). Questions go to
            [the editors](mailto:editors@example.org). Figures such as "5,000 < 6,000" and names such
            as AT&T are printed as written.
            """);
    }

    private static StoryInfo[] MakeStories()
    {
        var start = new DateOnly(2024, 2, 1);
        int[] steps = [1, 5, 7, 3, 11, 2];
        var stories = new List<StoryInfo>();
        for (var i = 0; i < 41; i++)
        {
            var ev = Events[i % Events.Length];
            var place = Places[i * 3 % Places.Length];
            var slug = Slugify($"{ev} {place}");
            var title = $"{Capitalise(ev)} in {place}: {Angles[i % Angles.Length]}";
            var date = start.AddDays(i * 16 + i % 3);
            var count = i % 3 == 0 ? 4 : 3;
            var step = steps[i % steps.Length];
            var first = i * 5 % Sources.Count;
            var sources = Enumerable.Range(0, count).Select(k => Sources[(first + k * step) % Sources.Count].Id).ToArray();
            var tags = Enumerable.Range(0, 1 + i % 3).Select(k => TagPool[(i + k * 4) % TagPool.Length]).Distinct().ToArray();
            var draft = i == 40; // the newest story is a draft: it must appear nowhere
            if (draft) slug = "draft-" + slug;
            stories.Add(new StoryInfo(i, slug, title, date, draft, sources, tags));
        }
        return stories.ToArray();
    }

    private static string SourceYaml(SourceInfo source, int i)
    {
        var host = source.Id + ".example";
        var yaml = new StringBuilder();
        yaml.Append($"name: {Quote(source.Name)}\n");
        if (i != 11) yaml.Append($"homepage: https://www.{host}/\n");
        if (i % 4 == 1 || i == 11) yaml.Append($"domains: [{host}]\n");
        if (source.Country is { } country) yaml.Append($"country: {country}\n");
        yaml.Append("language: en\n");
        if (i % 3 != 2)
            yaml.Append($"""
                description: |
                  {source.Name} is a *fictional* outlet made up for tests. It publishes news on
                  politics, the economy and "everything in between", and has done since {1890 + i * 9}.

                """);
        if (source.Lean is { } lean) yaml.Append($"lean: {lean}\n");
        if (i % 2 == 0)
            yaml.Append($"""
                facts:
                  Owner: {Quote(People[i % People.Length].Full + " & partners")}
                  Type: {(i % 4 == 0 ? "Newspaper" : "Broadcaster")}
                  Founded: "{1890 + i * 9}"

                """);
        return yaml.ToString();
    }

    private static string Article(StoryInfo story, SourceInfo source, int k)
    {
        var i = story.Index;
        var place = Places[i * 3 % Places.Length];
        var ev = Events[i % Events.Length];
        var person = People[(i + k) % People.Length];
        var other = People[(i + k + 3) % People.Length];
        var name = k % 2 == 0 ? person.Full : person.Variant;
        var figure = (i * 137 + k * 61) % 900 + 100;
        var big = ((i * 7 + k * 3) % 40 + 10) / 10.0;
        var percent = (i * 11 + k * 17) % 60 + 5;
        var published = story.Date.AddDays(k == 3 ? -1 : 0);
        var sourceIsImplied = k == 1 && source.Id != "anonymous-blog";

        var front = new StringBuilder("---\n");
        var headline = k switch
        {
            0 => story.Title,
            1 => $"{name} on the {ev} in {place}",
            2 => $"{Capitalise(ev)}: {percent}% say “it is not over”",
            _ => $"Inside the {ev} — {place} counts the cost",
        };
        front.Append($"title: {Quote(headline)}\n");
        if (!sourceIsImplied) front.Append($"source: {source.Id}\n");
        if (k != 2 || sourceIsImplied)
            front.Append($"url: https://www.{source.Id}.example/{published:yyyy}/{published:MM}/{published:dd}/{story.Slug}/\n");
        front.Append(k % 2 == 0
            ? $"published: {published:yyyy-MM-dd}\n"
            : $"published: {published:yyyy-MM-dd}T{8 + i % 10:00}:{k * 15:00}:00{(i % 2 == 0 ? "+01:00" : "-05:00")}\n");
        if (i % 4 == 1) front.Append($"author: {Quote(other.Full)}\n");
        if (i % 4 == 2) front.Append($"author: [{Quote(other.Full)}, {Quote(person.Full)}]\n");
        front.Append("---\n\n");

        var body = new StringBuilder();
        body.Append($"{Capitalise(person.Role)}, {name}, said on {published:dddd} that the {ev} in {place} " +
                    $"had affected \"over {figure:N0} households\" and would cost nearly {big.ToString("0.0", CultureInfo.InvariantCulture)} million " +
                    $"euros before the end of the year.\n\n");
        body.Append($"“We will not accept a {percent} percent cut,” {name} told reporters. “Nobody here asked for this, " +
                    $"and nobody here will pay for it.” {other.Full}, {other.Role}, called the figures *premature* " +
                    $"and said the real number was \"closer to {figure + 250:N0}\".\n\n");
        if (k == 0)
            body.Append($"## What happens next\n\nThe council meets again on {story.Date.AddDays(7):MMMM d}. Its agenda lists:\n\n" +
                        $"- a vote on the **emergency fund** of {figure * 3:N0} euros;\n- a hearing with {other.Full};\n" +
                        $"- the report of the inquiry, *if it is ready*.\n\n");
        if (k == 1)
            body.Append($"> “This is the worst {ev} we have seen in {10 + i % 20} years,” said one resident, who asked " +
                        $"not to be named.\n\n");
        body.Append($"According to [the ministry's statement](https://gov.example/{story.Slug}/statement?lang=en&page={k + 1}), " +
                    $"{percent}% of the affected area lies within {place}; critics say the statement leaves out " +
                    $"the {(figure / 10):N0} smaller towns nearby, where costs are rising faster than wages (a ratio of 5 < {percent + 10}).\n\n");
        if (k == 2)
            body.Append($"AT&T-style \"bundled\" contracts were also mentioned. ***Analysis***: the numbers " +
                        $"in the government's own tables do not add up, {name} conceded, \"not yet\".\n\n");
        body.Append($"{(k % 2 == 0 ? person.Full : person.Variant)} is expected to speak again next week. " +
                    $"Advocates for residents said they would \"keep asking questions\" until the figures were published in full.\n");
        return front.ToString() + body;
    }

    private static string Breakdown(StoryInfo story, IReadOnlyList<string> articleIds)
    {
        var i = story.Index;
        var place = Places[i * 3 % Places.Length];
        var ev = Events[i % Events.Length];
        var yaml = new StringBuilder();
        yaml.Append($"title: {Quote(story.Title)}\n");
        yaml.Append($"date: {story.Date:yyyy-MM-dd}\n");
        if (i % 5 == 2) yaml.Append($"updated: {story.Date.AddDays(2):yyyy-MM-dd}\n");
        yaml.Append($"slug: {story.Slug}\n");
        if (story.Draft) yaml.Append("draft: true\n");
        yaml.Append($"tags: [{string.Join(", ", story.Tags)}]\n");
        if (i % 7 == 3) yaml.Append($"question: {Quote($"What did your outlets say about {place}?")}\n");
        yaml.Append($"""
            summary: |
              The {ev} in {place} drew coverage from {story.Sources.Count} outlets. Officials gave
              figures that the outlets *report differently*; the **cost** estimates range widely.

              This account uses only what the reports agree on, and attributes every
              disputed claim to [whoever made it](https://gov.example/{story.Slug}/).
            reports:

            """);
        foreach (var (id, k) in articleIds.Select((a, k) => (a, k)))
        {
            if (k == 3 && i % 2 == 0)
            {
                yaml.Append($"  - article: {id}\n");
                continue; // a report without the editor's breakdown
            }
            yaml.Append($"""
                  - article: {id}
                    summary: |
                      Leads with {People[(i + k) % People.Length].Full}'s warning and the figure of
                      "over {(i * 137 + k * 61) % 900 + 100:N0} households".

                      It quotes {People[(i + k + 3) % People.Length].Full} calling the numbers *premature*.

                """);
        }
        yaml.Append("divergences:\n");
        yaml.Append("  - topic: How many households are affected?\n    positions:\n");
        foreach (var (source, k) in story.Sources.Select((s, k) => (s, k)))
            yaml.Append($"      {source}: Over {(i * 137 + k * 61) % 900 + 100:N0}, citing {People[(i + k) % People.Length].Role}.\n");
        yaml.Append($"  - topic: {Quote($"Who is to blame for the {ev}?")}\n    positions:\n");
        // Only the first two outlets address this: the others' cells show "Not addressed".
        yaml.Append($"      {story.Sources[0]}: |\n        The government, in the words of {People[i % People.Length].Full}: \"nobody here asked for this\".\n");
        yaml.Append($"      {articleIds[1]}: The weather, and *years* of under-investment.\n");
        yaml.Append("agreements:\n");
        yaml.Append($"  - The {ev} affected {place}.\n");
        yaml.Append($"  - {People[(i + 3) % People.Length].Full} called the figures \"premature\".\n");
        return yaml.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''") + "'";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slugify(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return slug.ToString().Trim('-').Replace("--", "-");
    }
}
