using System.Globalization;
using System.Text;

namespace DivergingReports.Benchmarks;

/// <summary>
/// A deterministic publication of any size in divrep's content format, shaped like the Hugo
/// baseline's: about 200 outlets in 40 countries, stories of 4 reports, 600–900-word articles with
/// quotes, figures and names, tags, several years of dates. Same N, same bytes.
/// </summary>
public static class Corpus
{
    private static readonly string[] Countries =
    [
        "US", "GB", "FR", "DE", "IT", "ES", "PT", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "CZ", "HU", "RO", "GR",
        "TR", "UA", "IN", "PK", "BD", "JP", "KR", "CN", "AU", "NZ", "CA", "MX", "BR", "AR", "CL", "ZA", "NG", "KE", "EG", "IL",
    ];

    private static readonly string[] Spectrum = ["left", "center-left", "center", "center-right", "right"];
    private static readonly string[] Topics = ["ceasefire", "election", "drought", "strike", "summit", "inflation", "wildfire", "merger", "trial", "vaccine"];
    private static readonly string[] Places = ["Cairo", "Lima", "Oslo", "Hanoi", "Quito", "Accra", "Riga", "Perth", "Tunis", "Porto"];
    private static readonly string[] People = ["Maria Alvarez", "Yuri Petrenko", "Amina Okafor", "Chen Wei", "Lars Nilsen", "Priya Raman", "Omar Haddad", "Sofia Rossi"];
    private static readonly string[] Verbs = ["said", "warned", "argued", "insisted", "told reporters", "added"];
    private static readonly string[] Words =
    [
        "officials", "talks", "government", "report", "agreement", "crisis", "measures", "region", "residents", "analysts",
        "budget", "forces", "negotiators", "ministry", "council", "prices", "workers", "courts", "markets", "delegation",
        "weeks", "plan", "response", "evidence", "pressure", "leaders", "sources", "decision", "support", "concerns",
    ];

    /// <summary>Writes the publication; fewer <paramref name="sources"/> make a small one quicker to build (each outlet has its pages and feeds).</summary>
    public static void Write(string root, int stories, int sources = 200)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        foreach (var folder in new[] { "sources", "articles", "breakdowns", "pages" })
            Directory.CreateDirectory(Path.Combine(root, "content", folder));
        File.WriteAllText(Path.Combine(root, "site.yml"), """
            title: Diverging Reports
            description: One story, many reports — where the coverage diverges.
            base_url: https://example.github.io/diverging-reports/
            language: en
            timezone: UTC
            paginate: 20
            feeds: { items: 50 }
            spectrum: [left, center-left, center, center-right, right]

            """);
        File.WriteAllText(Path.Combine(root, "content", "pages", "about.md"), "---\ntitle: About\n---\n\nOne story, many reports.\n");

        var sourceCount = sources;
        for (var s = 0; s < sourceCount; s++)
        {
            var country = Countries[s % Countries.Length];
            File.WriteAllText(Path.Combine(root, "content", "sources", $"outlet-{s:000}.yml"),
                $"name: Outlet {s:000} {country}\nhomepage: https://outlet{s:000}.example/\ncountry: {country}\nlanguage: en\nlean: {Spectrum[s % Spectrum.Length]}\n");
        }

        var start = new DateOnly(2019, 1, 1);
        for (var i = 0; i < stories; i++)
        {
            var random = new Random(i);
            var date = start.AddDays(i * 5 / 4 % 3000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var topic = Topics[i % Topics.Length];
            var place = Places[i / Topics.Length % Places.Length];
            var slug = $"{topic}-in-{place.ToLowerInvariant()}-{i:00000}";
            var reports = new StringBuilder();
            for (var r = 0; r < 4; r++)
            {
                var source = (i * 7 + r * 53) % sourceCount;
                var id = $"{date}-outlet-{source:000}-{slug}";
                File.WriteAllText(Path.Combine(root, "content", "articles", id + ".md"),
                    $"---\ntitle: {Capital(topic)} in {place}, report {r + 1}\nsource: outlet-{source:000}\nurl: https://outlet{source:000}.example/{date.Replace('-', '/')}/{slug}/\npublished: {date}\n---\n\n{Article(random, place, 600 + random.Next(300))}");
                reports.Append($"  - article: {id}\n    summary: Report {r + 1} stresses {Words[random.Next(Words.Length)]} and {Words[random.Next(Words.Length)]}.\n");
            }
            File.WriteAllText(Path.Combine(root, "content", "breakdowns", $"{date}-{slug}.yml"),
                $"title: {Capital(topic)} in {place}\ndate: {date}\nslug: {slug}\ntags: [{topic}, {place.ToLowerInvariant()}]\nsummary: |\n  Four outlets report the {topic} in {place}.\nreports:\n{reports}"
                + $"divergences:\n  - topic: How many were affected?\n    positions:\n      outlet-{(i * 7) % sourceCount:000}: More than reported elsewhere.\n"
                + "agreements:\n  - It happened.\n");
        }
    }

    internal static string Article(Random random, string place, int words)
    {
        var text = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            var sentence = new List<string>();
            var length = 10 + random.Next(14);
            for (var w = 0; w < length; w++) sentence.Add(Words[random.Next(Words.Length)]);
            var person = People[random.Next(People.Length)];
            switch (random.Next(4))
            {
                case 0: text.Append($"“{Capital(string.Join(' ', sentence))},” {person} {Verbs[random.Next(Verbs.Length)]}. "); break;
                case 1: text.Append($"Nearly {random.Next(2, 900) * 10:N0} {sentence[0]} in {place} {string.Join(' ', sentence.Skip(1))}. "); break;
                default: text.Append(Capital(string.Join(' ', sentence))).Append(". "); break;
            }
            count += length + 2;
            if (random.Next(4) == 0) text.Append("\n\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
